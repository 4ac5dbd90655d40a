// Checks the Java class design printed in content/questions/ood/ood-in-memory-file-system.md.
import java.util.List;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static boolean failsWith(FsErrc code, Runnable op) {
        try {
            op.run();
        } catch (FsException e) {
            return e.code() == code;
        }
        return false;
    }

    public static void main(String[] args) {
        FileSystem fs = new FileSystem();
        check(fs.ls("/").isEmpty(), "empty root");
        fs.mkdir("/a/b/c");
        fs.mkdir("/a/b/c");
        check(fs.ls("/").equals(List.of("a")) && fs.ls("/a/b").equals(List.of("c")), "mkdir -p");

        fs.writeFile("/a/b/notes.txt", "hello");
        fs.writeFile("/a/b/notes.txt", " world", true);
        check(fs.readFile("/a/b/notes.txt").equals("hello world"), "append");
        check(fs.ls("/a/b").equals(List.of("c", "notes.txt")), "sorted listing");
        check(fs.ls("/a/b/notes.txt").equals(List.of("notes.txt")), "ls of a file");
        fs.writeFile("/a/b/notes.txt", "new");
        check(fs.readFile("/a/b/notes.txt").equals("new"), "overwrite");

        check(failsWith(FsErrc.NOT_FOUND, () -> fs.writeFile("/x/y.txt", "data")), "missing parent");
        check(failsWith(FsErrc.IS_A_DIRECTORY, () -> fs.writeFile("/a", "data")), "write a directory");
        check(failsWith(FsErrc.NOT_A_DIRECTORY, () -> fs.mkdir("/a/b/notes.txt/d")), "mkdir under a file");
        check(failsWith(FsErrc.IS_A_DIRECTORY, () -> fs.readFile("/a/b")), "read a directory");
        check(failsWith(FsErrc.NOT_FOUND, () -> fs.readFile("/nope")), "read missing");
        check(failsWith(FsErrc.INVALID_PATH, () -> fs.ls("relative/path")), "relative path");
        check(failsWith(FsErrc.INVALID_PATH, () -> fs.remove("/")), "remove root");

        fs.writeFile("/a/z.bin", "z".repeat(100));
        check(fs.size("/a/b/notes.txt") == 3 && fs.size("/a") == 103 && fs.size("/") == 103, "du");
        check(fs.readFile("/a/./b/../b/notes.txt").equals("new"), "dot and dot-dot");
        check(fs.ls("/../a//b/").equals(List.of("c", "notes.txt")), "normalised");
        check(fs.exists("/a/b/c") && !fs.exists("/a/b/d"), "exists");

        check(failsWith(FsErrc.NOT_EMPTY, () -> fs.remove("/a")), "not empty");
        fs.remove("/a/b/notes.txt");
        fs.remove("/a/b/c");
        fs.remove("/a", true);
        check(fs.ls("/").isEmpty() && fs.size("/") == 0, "recursive remove");

        fs.mkdir("/src/lib");
        fs.writeFile("/src/lib/x.h", "x");
        fs.move("/src/lib", "/include");
        check(fs.ls("/").equals(List.of("include", "src")) && fs.readFile("/include/x.h").equals("x"), "move dir");
        fs.move("/include/x.h", "/include/y.h");
        check(fs.ls("/include").equals(List.of("y.h")), "rename");
        check(failsWith(FsErrc.INVALID_MOVE, () -> fs.move("/src", "/src/sub")), "into itself");
        check(failsWith(FsErrc.ALREADY_EXISTS, () -> fs.move("/src", "/include")), "target exists");
        fs.mkdir("/include/deep");
        fs.move("/include", "/src/include");
        check(fs.readFile("/src/include/y.h").equals("x") && fs.ls("/src/include").equals(List.of("deep", "y.h")), "subtree");

        System.out.println("ood-in-memory-file-system (Java): all " + checks + " checks passed");
    }
}
