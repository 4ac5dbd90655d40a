// Checks the C++ class design printed in content/questions/ood/ood-unix-find.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

std::unique_ptr<FileNode> makeTree() {
    auto root = FileNode::directory("project");
    root->add(FileNode::file("README.md", 1200, 10));
    FileNode& src = root->add(FileNode::directory("src"));
    src.add(FileNode::file("main.cpp", 5000, 20));
    src.add(FileNode::file("util.cpp", 300, 5));
    src.add(FileNode::file("util.h", 150, 5));
    FileNode& build = root->add(FileNode::directory("build"));
    build.add(FileNode::file("app", 2000000, 21));
    build.add(FileNode::file("main.o", 40000, 21));
    root->add(FileNode::directory(".git")).add(FileNode::file("config", 200, 1));
    root->add(FileNode::directory("docs"));
    return root;
}

class Everything : public Filter {
public:
    bool matches(const FileNode&) const override { return true; }
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using V = std::vector<std::string>;
    {  // wildcards
        EXPECT(globMatch("*.cpp", "main.cpp"));
        EXPECT(!globMatch("*.cpp", "main.cpp.bak"));
        EXPECT(globMatch("util.?", "util.h"));
        EXPECT(!globMatch("util.?", "util.cc"));
        EXPECT(globMatch("*", ""));
        EXPECT(globMatch("a*b*c", "axxbyyc"));
        EXPECT(!globMatch("a*b*c", "axxbyy"));
        EXPECT(globMatch("*a*a*a", "aaaa"));
        EXPECT(!globMatch("", "x"));
        EXPECT(globMatch("**.md", "README.md"));
    }
    const auto tree = makeTree();

    // Everything, in pre-order with children in name order.
    EXPECT((Finder::find(*tree, Everything()) ==
            V{"project", "project/.git", "project/.git/config", "project/README.md", "project/build",
              "project/build/app", "project/build/main.o", "project/docs", "project/src",
              "project/src/main.cpp", "project/src/util.cpp", "project/src/util.h"}));

    // find project -name '*.cpp'
    EXPECT((Finder::find(*tree, *name("*.cpp")) == V{"project/src/main.cpp", "project/src/util.cpp"}));

    // find project -type f -size +10000c
    EXPECT((Finder::find(*tree, *allOf({ofType(FileType::File), largerThan(10000)})) ==
            V{"project/build/app", "project/build/main.o"}));

    // find project \( -name '*.cpp' -o -name '*.h' \) -newermt day10
    EXPECT((Finder::find(*tree, *allOf({anyOf({name("*.cpp"), name("*.h")}), modifiedAfter(10)})) ==
            V{"project/src/main.cpp"}));

    // find project -name .git -prune -o -type f -size -1024c
    FindOptions skipGit;
    skipGit.prune = name(".git");
    EXPECT((Finder::find(*tree, *allOf({ofType(FileType::File), smallerThan(1024)}), skipGit) ==
            V{"project/src/util.cpp", "project/src/util.h"}));

    // find project -mindepth 1 -maxdepth 1 -type d
    FindOptions topLevel;
    topLevel.minDepth = 1;
    topLevel.maxDepth = 1;
    EXPECT((Finder::find(*tree, *ofType(FileType::Directory), topLevel) ==
            V{"project/.git", "project/build", "project/docs", "project/src"}));

    // find project ! -type d
    EXPECT(Finder::find(*tree, *negate(ofType(FileType::Directory))).size() == 7);

    // Early stop after two matches, like piping into head -2.
    std::vector<std::string> firstTwo;
    Finder::walk(*tree, *ofType(FileType::File), {}, [&firstTwo](const std::string& path, const FileNode&) {
        firstTwo.push_back(path);
        return firstTwo.size() < 2;
    });
    EXPECT((firstTwo == V{"project/.git/config", "project/README.md"}));

    // Filters are shared, not copied: one instance can sit in several composites.
    const FilterPtr sources = anyOf({name("*.cpp"), name("*.h")});
    EXPECT(Finder::find(*tree, *sources).size() == 3);
    EXPECT(Finder::find(*tree, *allOf({sources, largerThan(200)})).size() == 2);

    // Starting below the root, and a lone file as the start.
    EXPECT((Finder::find(*tree->children().at("src"), *name("util*")) == V{"src/util.cpp", "src/util.h"}));
    EXPECT((Finder::find(*tree->children().at("README.md"), Everything()) == V{"README.md"}));

    bool threw = false;
    try {
        auto dir = FileNode::directory("d");
        dir->add(FileNode::file("a", 1, 1));
        dir->add(FileNode::file("a", 2, 2));
    } catch (const std::invalid_argument&) {
        threw = true;
    }
    EXPECT(threw);
    threw = false;
    try {
        FileNode::file("f", 1, 1)->add(FileNode::file("g", 1, 1));
    } catch (const std::logic_error&) {
        threw = true;
    }
    EXPECT(threw);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-unix-find: all checks passed\n";
    return 0;
}
