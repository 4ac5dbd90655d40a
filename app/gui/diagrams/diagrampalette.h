// DiagramPalette: the list of components and groups beside the canvas. Drag an entry onto the
// canvas to place it there, or double-click it (or press Enter) to add it at the centre.
#pragma once

#include <QListWidget>

namespace Starloop::Gui {

class DiagramPalette : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int KindRole = Qt::UserRole + 1;
    explicit DiagramPalette(QWidget *parent = nullptr);

Q_SIGNALS:
    void kindActivated(const QString &kind);

protected:
    QStringList mimeTypes() const override;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
#else
    QMimeData *mimeData(const QList<QListWidgetItem *> items) const override;
#endif
};

} // namespace Starloop::Gui
