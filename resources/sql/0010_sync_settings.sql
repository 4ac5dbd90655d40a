-- Starloop schema, version 10: the settings that follow the user sync (core/sync/syncsettings.cpp).
-- Each setting learns when it was last changed, so that of two changes made on two devices
-- without seeing each other the later one wins. Settings written before stay at 0: any change
-- made since beats them.
ALTER TABLE settings ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
