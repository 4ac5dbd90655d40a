// Checks the Java class design printed in content/questions/ood/ood-linux-file-permissions.md.
import java.util.Set;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) {
        final int devs = 100;
        final int staff = 200;
        User root = new User(0, 0, Set.of());
        User ana = new User(1000, 1000, Set.of(devs));
        User bob = new User(1001, 1001, Set.of(devs, staff));
        User eve = new User(1002, 1002, Set.of());
        final int r = Access.READ, w = Access.WRITE, x = Access.EXECUTE;

        // ls -l rendering
        check(new Mode(0755).toString().equals("rwxr-xr-x"), "0755");
        check(new Mode(04755).toString().equals("rwsr-xr-x"), "setuid with x");
        check(new Mode(04644).toString().equals("rwSr--r--"), "setuid without x");
        check(new Mode(02775).toString().equals("rwxrwsr-x"), "setgid with x");
        check(new Mode(01777).toString().equals("rwxrwxrwt"), "sticky with x");
        check(new Mode(01776).toString().equals("rwxrwxrwT"), "sticky without x");
        check(new Mode(017777).bits() == 07777, "high bits dropped");
        check(new Inode(FileType.DIRECTORY, 0, 0, new Mode(01777)).lsMode().equals("drwxrwxrwt"), "dir ls");

        // owner / group / other classes are exclusive
        Inode notes = new Inode(FileType.REGULAR, ana.uid(), devs, new Mode(0640));
        check(PermissionChecker.canAccess(ana, notes, r | w), "owner reads and writes");
        check(!PermissionChecker.canAccess(ana, notes, x), "owner cannot execute");
        check(PermissionChecker.canAccess(bob, notes, r), "group reads");
        check(!PermissionChecker.canAccess(bob, notes, w), "group cannot write");
        check(!PermissionChecker.canAccess(eve, notes, r), "others cannot read");
        Inode lockedOwner = new Inode(FileType.REGULAR, ana.uid(), devs, new Mode(0077));
        check(!PermissionChecker.canAccess(ana, lockedOwner, r), "owner class is exclusive");
        check(PermissionChecker.canAccess(eve, lockedOwner, r | w | x), "others have all");
        Inode groupLocked = new Inode(FileType.REGULAR, ana.uid(), staff, new Mode(0607));
        check(!PermissionChecker.canAccess(bob, groupLocked, r), "supplementary group bits 0");
        check(PermissionChecker.canAccess(eve, groupLocked, r), "others read");

        // root
        Inode secret = new Inode(FileType.REGULAR, ana.uid(), ana.primaryGroup(), new Mode(0600));
        check(PermissionChecker.canAccess(root, secret, r | w), "root reads and writes");
        check(!PermissionChecker.canAccess(root, secret, x), "root needs some x bit");
        Inode closedDir = new Inode(FileType.DIRECTORY, ana.uid(), ana.primaryGroup(), new Mode(0));
        check(PermissionChecker.canAccess(root, closedDir, r | w | x), "root searches any dir");

        // deletion and the sticky bit
        Inode tmp = new Inode(FileType.DIRECTORY, root.uid(), root.primaryGroup(), new Mode(01777));
        Inode anasFile = new Inode(FileType.REGULAR, ana.uid(), ana.primaryGroup(), new Mode(0600));
        check(PermissionChecker.canDelete(ana, tmp, anasFile), "owner deletes in /tmp");
        check(!PermissionChecker.canDelete(bob, tmp, anasFile), "sticky bit stops bob");
        check(PermissionChecker.canDelete(root, tmp, anasFile), "root deletes");
        Inode shared = new Inode(FileType.DIRECTORY, root.uid(), devs, new Mode(0777));
        check(PermissionChecker.canDelete(bob, shared, anasFile), "no sticky: write+search enough");
        Inode readOnlyDir = new Inode(FileType.DIRECTORY, ana.uid(), ana.primaryGroup(), new Mode(0555));
        Inode writable = new Inode(FileType.REGULAR, ana.uid(), ana.primaryGroup(), new Mode(0666));
        check(!PermissionChecker.canDelete(ana, readOnlyDir, writable), "file bits do not matter");
        Inode bobsSticky = new Inode(FileType.DIRECTORY, bob.uid(), devs, new Mode(01777));
        check(PermissionChecker.canDelete(bob, bobsSticky, anasFile), "directory owner deletes");
        check(!PermissionChecker.canDelete(eve, bobsSticky, anasFile), "stranger cannot");
        check(!PermissionChecker.canDelete(ana, anasFile, anasFile), "not a directory");

        // chmod
        Inode file = new Inode(FileType.REGULAR, ana.uid(), staff, new Mode(0644));
        check(!PermissionChecker.chmod(bob, file, new Mode(0777)), "only owner or root");
        check(file.mode.bits() == 0644, "unchanged");
        check(PermissionChecker.chmod(ana, file, new Mode(02755)), "owner chmods");
        check(file.mode.bits() == 0755, "setgid dropped outside the group");
        check(PermissionChecker.chmod(root, file, new Mode(02755)), "root chmods");
        check(file.mode.bits() == 02755, "root keeps setgid");

        // setuid, setgid directories, umask
        Inode passwd = new Inode(FileType.REGULAR, root.uid(), root.primaryGroup(), new Mode(04755));
        check(PermissionChecker.canAccess(eve, passwd, x), "anyone runs passwd");
        check(PermissionChecker.effectiveUidAfterExec(eve, passwd) == 0, "runs as root");
        Inode project = new Inode(FileType.DIRECTORY, root.uid(), devs, new Mode(02775));
        check(PermissionChecker.groupForNewEntry(ana, project) == devs, "setgid dir group");
        Inode home = new Inode(FileType.DIRECTORY, ana.uid(), ana.primaryGroup(), new Mode(0755));
        check(PermissionChecker.groupForNewEntry(bob, home) == bob.primaryGroup(), "primary group");
        check(PermissionChecker.applyUmask(new Mode(0666), 022).bits() == 0644, "umask 022");
        check(PermissionChecker.applyUmask(new Mode(0666), 077).bits() == 0600, "umask 077");

        System.out.println("ood-linux-file-permissions (Java): all " + checks + " checks passed");
    }
}
