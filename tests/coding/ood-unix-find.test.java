// Checks the Java class design printed in content/questions/ood/ood-unix-find.md.
import java.util.ArrayList;
import java.util.List;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static FileNode makeTree() {
        FileNode root = FileNode.directory("project");
        root.add(FileNode.file("README.md", 1200, 10));
        FileNode src = root.add(FileNode.directory("src"));
        src.add(FileNode.file("main.cpp", 5000, 20));
        src.add(FileNode.file("util.cpp", 300, 5));
        src.add(FileNode.file("util.h", 150, 5));
        FileNode build = root.add(FileNode.directory("build"));
        build.add(FileNode.file("app", 2_000_000, 21));
        build.add(FileNode.file("main.o", 40_000, 21));
        root.add(FileNode.directory(".git")).add(FileNode.file("config", 200, 1));
        root.add(FileNode.directory("docs"));
        return root;
    }

    public static void main(String[] args) {
        check(Filters.globMatch("*.cpp", "main.cpp") && !Filters.globMatch("*.cpp", "main.cpp.bak"), "star");
        check(Filters.globMatch("util.?", "util.h") && !Filters.globMatch("util.?", "util.cc"), "question mark");
        check(Filters.globMatch("a*b*c", "axxbyyc") && !Filters.globMatch("a*b*c", "axxbyy"), "backtracking");
        check(Filters.globMatch("*", "") && !Filters.globMatch("", "x"), "empty cases");

        FileNode tree = makeTree();
        check(Finder.find(tree, Filters.everything()).equals(List.of(
            "project", "project/.git", "project/.git/config", "project/README.md", "project/build",
            "project/build/app", "project/build/main.o", "project/docs", "project/src",
            "project/src/main.cpp", "project/src/util.cpp", "project/src/util.h")), "pre-order, sorted");
        check(Finder.find(tree, Filters.name("*.cpp"))
                  .equals(List.of("project/src/main.cpp", "project/src/util.cpp")), "-name");
        check(Finder.find(tree, Filters.ofType(FileType.FILE).and(Filters.largerThan(10_000)))
                  .equals(List.of("project/build/app", "project/build/main.o")), "-type f -size +10000c");
        check(Finder.find(tree, Filters.name("*.cpp").or(Filters.name("*.h")).and(Filters.modifiedAfter(10)))
                  .equals(List.of("project/src/main.cpp")), "or, and, newer");

        FindOptions skipGit = new FindOptions(0, -1, Filters.name(".git"));
        check(Finder.find(tree, Filters.ofType(FileType.FILE).and(Filters.smallerThan(1024)), skipGit)
                  .equals(List.of("project/src/util.cpp", "project/src/util.h")), "prune");
        check(Finder.find(tree, Filters.ofType(FileType.DIRECTORY), new FindOptions(1, 1, null))
                  .equals(List.of("project/.git", "project/build", "project/docs", "project/src")), "depth");
        check(Finder.find(tree, Filters.ofType(FileType.DIRECTORY).negate()).size() == 7, "negate");

        List<String> firstTwo = new ArrayList<>();
        Finder.walk(tree, Filters.ofType(FileType.FILE), FindOptions.defaults(), (path, node) -> {
            firstTwo.add(path);
            return firstTwo.size() < 2;
        });
        check(firstTwo.equals(List.of("project/.git/config", "project/README.md")), "early stop");

        check(Finder.find(tree.children().get("src"), Filters.name("util*"))
                  .equals(List.of("src/util.cpp", "src/util.h")), "start below the root");

        boolean threw = false;
        try {
            tree.children().get("src").add(FileNode.file("main.cpp", 1, 1));
        } catch (IllegalArgumentException expected) {
            threw = true;
        }
        check(threw, "duplicate names refused");
        threw = false;
        try {
            tree.children().put("x", FileNode.directory("x"));
        } catch (UnsupportedOperationException expected) {
            threw = true;
        }
        check(threw, "children map is read-only");

        System.out.println("ood-unix-find (Java): all " + checks + " checks passed");
    }
}
