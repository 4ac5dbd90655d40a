// Checks the Java class design printed in content/questions/ood/ood-adapter-pattern.md.
import java.util.Optional;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static void exercise(BlobStore store, String name) {
        ReportArchiver archiver = new ReportArchiver(store);
        check(archiver.archive("2024-05-01", "sku,qty\nA1,3\n").equals("reports/2024-05-01.csv"), name + ": key");
        check(archiver.fetch("2024-05-01").equals(Optional.of("sku,qty\nA1,3\n")), name + ": fetch");
        check(archiver.fetch("2024-05-02").isEmpty(), name + ": missing");
        check(archiver.purge("2024-05-01") && !archiver.purge("2024-05-01"), name + ": purge once");
        check(archiver.fetch("2024-05-01").isEmpty(), name + ": gone");
    }

    public static void main(String[] args) {
        VendorObjectClient vendor = new VendorObjectClient();
        VendorBlobStoreAdapter cloud = new VendorBlobStoreAdapter(vendor, "acme-reports");
        exercise(cloud, "vendor adapter");
        exercise(new EmbeddedKvAdapter(new EmbeddedKv()), "embedded adapter");

        cloud.put("k", "v");
        check(vendor.getObject("acme-reports", "k").body().equals("v"), "stored in the bucket");
        check(vendor.getObject("other-bucket", "k").httpStatus() == 404, "bucket scoped");

        vendor.setUnavailable(true);
        String message = "";
        try {
            cloud.get("k");
        } catch (StorageException e) {
            message = e.getMessage();
        }
        check(message.equals("get k failed: 503 ServiceUnavailable"), "translated error");
        vendor.setUnavailable(false);
        check(cloud.get("k").equals(Optional.of("v")), "recovered");

        check(vendor.deleteObject("acme-reports", "missing").httpStatus() == 204, "vendor always says 204");
        check(!cloud.remove("missing"), "adapter reports the truth");

        System.out.println("ood-adapter-pattern (Java): all " + checks + " checks passed");
    }
}
