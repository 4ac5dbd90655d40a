// Checks the C++ class design printed in content/questions/ood/ood-in-memory-file-system.md.
#include SOLUTION_HEADER

#include <functional>
#include <iostream>
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

// The error code an operation throws, or nothing.
bool failsWith(FsErrc code, const std::function<void()>& op) {
    try {
        op();
    } catch (const FsError& e) {
        return e.code() == code;
    }
    return false;
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using V = std::vector<std::string>;
    FileSystem fs;
    EXPECT(fs.ls("/").empty());
    fs.mkdir("/a/b/c");
    fs.mkdir("/a/b/c");  // exists already: fine, like mkdir -p
    EXPECT((fs.ls("/") == V{"a"}));
    EXPECT((fs.ls("/a/b") == V{"c"}));

    fs.writeFile("/a/b/notes.txt", "hello");
    fs.writeFile("/a/b/notes.txt", " world", true);
    EXPECT(fs.readFile("/a/b/notes.txt") == "hello world");
    EXPECT((fs.ls("/a/b") == V{"c", "notes.txt"}));
    EXPECT((fs.ls("/a/b/notes.txt") == V{"notes.txt"}));
    fs.writeFile("/a/b/notes.txt", "new");
    EXPECT(fs.readFile("/a/b/notes.txt") == "new");

    EXPECT(failsWith(FsErrc::NotFound, [&] { fs.writeFile("/x/y.txt", "data"); }));
    EXPECT(failsWith(FsErrc::IsADirectory, [&] { fs.writeFile("/a", "data"); }));
    EXPECT(failsWith(FsErrc::NotADirectory, [&] { fs.mkdir("/a/b/notes.txt/d"); }));
    EXPECT(failsWith(FsErrc::NotADirectory, [&] { fs.ls("/a/b/notes.txt/d"); }));
    EXPECT(failsWith(FsErrc::IsADirectory, [&] { fs.readFile("/a/b"); }));
    EXPECT(failsWith(FsErrc::NotFound, [&] { fs.readFile("/nope"); }));
    EXPECT(failsWith(FsErrc::InvalidPath, [&] { fs.ls("relative/path"); }));
    EXPECT(failsWith(FsErrc::InvalidPath, [&] { fs.remove("/"); }));

    // Sizes add up recursively.
    fs.writeFile("/a/z.bin", std::string(100, 'z'));
    EXPECT(fs.size("/a/b/notes.txt") == 3 && fs.size("/a") == 103 && fs.size("/") == 103);

    // Paths with . and .. are normalised; .. at the root stays at the root.
    EXPECT(fs.readFile("/a/./b/../b/notes.txt") == "new");
    EXPECT((fs.ls("/../a//b/") == V{"c", "notes.txt"}));
    EXPECT(fs.exists("/a/b/c") && !fs.exists("/a/b/d"));

    // Removing: non-empty directories need recursive.
    EXPECT(failsWith(FsErrc::NotEmpty, [&] { fs.remove("/a"); }));
    fs.remove("/a/b/notes.txt");
    EXPECT(failsWith(FsErrc::NotFound, [&] { fs.remove("/a/b/notes.txt"); }));
    fs.remove("/a/b/c");  // empty directory
    fs.remove("/a", true);
    EXPECT(fs.ls("/").empty() && fs.size("/") == 0);

    // Moving and renaming.
    fs.mkdir("/src/lib");
    fs.writeFile("/src/lib/x.h", "x");
    fs.move("/src/lib", "/include");
    EXPECT((fs.ls("/") == V{"include", "src"}));
    EXPECT(fs.readFile("/include/x.h") == "x" && fs.ls("/src").empty());
    fs.move("/include/x.h", "/include/y.h");
    EXPECT((fs.ls("/include") == V{"y.h"}));
    EXPECT(failsWith(FsErrc::InvalidMove, [&] { fs.move("/src", "/src/sub"); }));
    EXPECT(failsWith(FsErrc::AlreadyExists, [&] { fs.move("/src", "/include"); }));
    EXPECT(failsWith(FsErrc::NotFound, [&] { fs.move("/missing", "/elsewhere"); }));
    fs.mkdir("/include/deep");
    fs.move("/include", "/src/include");  // a directory with contents moves as a whole
    EXPECT(fs.readFile("/src/include/y.h") == "x" && (fs.ls("/src/include") == V{"deep", "y.h"}));

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-in-memory-file-system: all checks passed\n";
    return 0;
}
