// Checks the C++ class design printed in content/questions/ood/ood-adapter-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

// The same client code must behave identically on either adapter.
void exercise(BlobStore& store, const char* name) {
    ReportArchiver archiver(store);
    const bool ok = archiver.archive("2024-05-01", "sku,qty\nA1,3\n") == "reports/2024-05-01.csv" &&
                    archiver.fetch("2024-05-01") == std::optional<std::string>("sku,qty\nA1,3\n") &&
                    !archiver.fetch("2024-05-02") && archiver.purge("2024-05-01") && !archiver.purge("2024-05-01") &&
                    !archiver.fetch("2024-05-01");
    if (!ok) {
        std::cerr << name << ": archiver scenario failed\n";
        ++failures;
    }
}
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    VendorObjectClient vendor;
    VendorBlobStoreAdapter cloud(vendor, "acme-reports");
    EmbeddedKv kv;
    EmbeddedKvAdapter local(kv);
    exercise(cloud, "vendor adapter");
    exercise(local, "embedded adapter");

    // The adapter really stores through the vendor API, under its bucket.
    cloud.put("k", "v");
    EXPECT(vendor.getObject("acme-reports", "k").body == "v");
    EXPECT(vendor.getObject("other-bucket", "k").httpStatus == 404);

    // Vendor failures become the application's own error type.
    vendor.setUnavailable(true);
    bool threw = false;
    try {
        cloud.get("k");
    } catch (const StorageError& e) {
        threw = std::string(e.what()) == "get k failed: 503 ServiceUnavailable";
    }
    EXPECT(threw);
    threw = false;
    try {
        cloud.put("k", "v2");
    } catch (const StorageError&) {
        threw = true;
    }
    EXPECT(threw);
    vendor.setUnavailable(false);
    EXPECT(cloud.get("k") == std::optional<std::string>("v"));

    // The vendor's delete answers 204 even for a missing key; the adapter reports the truth.
    EXPECT(vendor.deleteObject("acme-reports", "missing").httpStatus == 204);
    EXPECT(!cloud.remove("missing"));

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-adapter-pattern: all checks passed\n";
    return 0;
}
