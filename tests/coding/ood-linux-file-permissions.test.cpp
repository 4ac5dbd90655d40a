// Checks the C++ class design printed in content/questions/ood/ood-linux-file-permissions.md.
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
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    const Gid devs = 100;
    const Gid staff = 200;
    const User root{0, 0, {}};
    const User ana{1000, 1000, {devs}};
    const User bob{1001, 1001, {devs, staff}};
    const User eve{1002, 1002, {}};
    using PC = PermissionChecker;
    const unsigned R = Access::Read, W = Access::Write, X = Access::Execute;

    {  // ls -l rendering
        EXPECT(Mode(0755).toString() == "rwxr-xr-x");
        EXPECT(Mode(04755).toString() == "rwsr-xr-x");
        EXPECT(Mode(04644).toString() == "rwSr--r--");
        EXPECT(Mode(02775).toString() == "rwxrwsr-x");
        EXPECT(Mode(02664).toString() == "rw-rwSr--");
        EXPECT(Mode(01777).toString() == "rwxrwxrwt");
        EXPECT(Mode(01776).toString() == "rwxrwxrwT");
        EXPECT(Mode(0).toString() == "---------");
        EXPECT(Mode(07777).toString() == "rwsrwsrwt");
        EXPECT(Mode(017777).bits() == 07777);  // higher bits are dropped
        EXPECT((Inode{FileType::Directory, 0, 0, Mode(01777)}.lsMode() == "drwxrwxrwt"));
        EXPECT((Inode{FileType::Regular, 0, 0, Mode(04755)}.lsMode() == "-rwsr-xr-x"));
    }
    {  // owner / group / other classes are exclusive
        const Inode notes{FileType::Regular, ana.uid, devs, Mode(0640)};
        EXPECT(PC::canAccess(ana, notes, R | W));
        EXPECT(!PC::canAccess(ana, notes, X));
        EXPECT(PC::canAccess(bob, notes, R));
        EXPECT(!PC::canAccess(bob, notes, W));
        EXPECT(!PC::canAccess(eve, notes, R));
        const Inode lockedOwner{FileType::Regular, ana.uid, devs, Mode(0077)};
        EXPECT(!PC::canAccess(ana, lockedOwner, R));  // owner bits are 0
        EXPECT(PC::canAccess(bob, lockedOwner, R | W | X));
        EXPECT(PC::canAccess(eve, lockedOwner, R | W | X));
        const Inode groupLocked{FileType::Regular, ana.uid, staff, Mode(0607)};
        EXPECT(!PC::canAccess(bob, groupLocked, R));  // supplementary group member: group bits 0
        EXPECT(PC::canAccess(eve, groupLocked, R));
        EXPECT(PC::canAccess(ana, notes, 0));  // asking for nothing is always fine
    }
    {  // root
        const Inode secret{FileType::Regular, ana.uid, ana.primaryGroup, Mode(0600)};
        EXPECT(PC::canAccess(root, secret, R | W));
        EXPECT(!PC::canAccess(root, secret, X));  // no x bit anywhere
        const Inode script{FileType::Regular, ana.uid, ana.primaryGroup, Mode(0700)};
        EXPECT(PC::canAccess(root, script, X));
        const Inode closedDir{FileType::Directory, ana.uid, ana.primaryGroup, Mode(0000)};
        EXPECT(PC::canAccess(root, closedDir, R | W | X));
    }
    {  // deletion and the sticky bit
        const Inode tmp{FileType::Directory, root.uid, root.primaryGroup, Mode(01777)};
        const Inode anasFile{FileType::Regular, ana.uid, ana.primaryGroup, Mode(0600)};
        EXPECT(PC::canDelete(ana, tmp, anasFile));
        EXPECT(!PC::canDelete(bob, tmp, anasFile));
        EXPECT(PC::canDelete(root, tmp, anasFile));
        const Inode shared{FileType::Directory, root.uid, devs, Mode(0777)};
        EXPECT(PC::canDelete(bob, shared, anasFile));  // no sticky bit: write+search is enough
        const Inode readOnlyDir{FileType::Directory, ana.uid, ana.primaryGroup, Mode(0555)};
        const Inode writable{FileType::Regular, ana.uid, ana.primaryGroup, Mode(0666)};
        EXPECT(!PC::canDelete(ana, readOnlyDir, writable));  // file permissions do not matter
        const Inode noSearch{FileType::Directory, ana.uid, ana.primaryGroup, Mode(0600)};
        EXPECT(!PC::canDelete(ana, noSearch, writable));
        const Inode bobsSticky{FileType::Directory, bob.uid, devs, Mode(01777)};
        EXPECT(PC::canDelete(bob, bobsSticky, anasFile));  // directory owner may delete
        EXPECT(!PC::canDelete(eve, bobsSticky, anasFile));
        EXPECT(!PC::canDelete(ana, anasFile, anasFile));  // "directory" is not a directory
    }
    {  // chmod
        Inode file{FileType::Regular, ana.uid, staff, Mode(0644)};
        EXPECT(!PC::chmod(bob, file, Mode(0777)));
        EXPECT(file.mode.bits() == 0644);
        EXPECT(PC::chmod(ana, file, Mode(02755)));  // ana is not in staff: setgid dropped
        EXPECT(file.mode.bits() == 0755);
        EXPECT(PC::chmod(root, file, Mode(02755)));
        EXPECT(file.mode.bits() == 02755);
        Inode devFile{FileType::Regular, ana.uid, devs, Mode(0644)};
        EXPECT(PC::chmod(ana, devFile, Mode(02775)));
        EXPECT(devFile.mode.bits() == 02775);
    }
    {  // setuid, setgid directories, umask
        const Inode passwd{FileType::Regular, root.uid, root.primaryGroup, Mode(04755)};
        EXPECT(PC::canAccess(eve, passwd, X));
        EXPECT(PC::effectiveUidAfterExec(eve, passwd) == 0);
        const Inode plain{FileType::Regular, root.uid, root.primaryGroup, Mode(0755)};
        EXPECT(PC::effectiveUidAfterExec(eve, plain) == eve.uid);
        const Inode project{FileType::Directory, root.uid, devs, Mode(02775)};
        EXPECT(PC::groupForNewEntry(ana, project) == devs);
        const Inode home{FileType::Directory, ana.uid, ana.primaryGroup, Mode(0755)};
        EXPECT(PC::groupForNewEntry(bob, home) == bob.primaryGroup);
        EXPECT(PC::applyUmask(Mode(0666), 022).bits() == 0644);
        EXPECT(PC::applyUmask(Mode(0777), 002).bits() == 0775);
        EXPECT(PC::applyUmask(Mode(0666), 077).bits() == 0600);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-linux-file-permissions: all checks passed\n";
    return 0;
}
