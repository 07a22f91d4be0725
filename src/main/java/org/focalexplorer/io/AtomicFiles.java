package org.focalexplorer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either wholly the old or wholly the new content, never half written: the
 * bytes go to a temporary file in the same directory (same file system, so the rename is atomic), are
 * forced to disk, and the temporary file is then renamed over the target. If anything fails, the
 * temporary file is removed and the target is as it was.
 *
 * <p>What is written to, and what is refused:
 * <ul>
 *   <li>A <b>symbolic link</b> is written through: the chain of links is followed (at most {@value #MAX_LINKS}) and
 *       the file it ends at is replaced atomically, its temporary file beside it, so the link stays a link
 *       (as {@code cp} or an editor saving through a link do). A link to a missing file creates that file.
 *   <li>Anything that exists and is <b>not a regular file</b> (a folder, {@code /}, a device such as
 *       {@code /dev/null}, a pipe, a socket) is refused before anything is created: renaming over it would
 *       replace it.
 *   <li>Every failure is a {@link WriteException} whose message names the path the caller gave and the
 *       operating system's reason, never the temporary file.
 * </ul>
 *
 * <p>Temporary files are named {@code .<name>.<digits>.tmp} beside the file they replace. One left behind by
 * a process that was killed mid-write is deleted by the next write to the same file once it is older than
 * {@link #STALE} (a live write never takes that long; a younger one may belong to a write in progress).
 */
public final class AtomicFiles {
    /** Age from which a temporary file of ours is taken to be left over from a killed write. */
    public static final Duration STALE = Duration.ofMinutes(10);
    /** Linux gives up after 40 links (ELOOP); so do we. */
    static final int MAX_LINKS = 40;
    /** The target's name in a temporary file's name is cut to this many UTF-8 bytes, so the name stays under 255. */
    private static final int STEM_BYTES = 120;
    private static final String SUFFIX = ".tmp";

    private AtomicFiles() {}

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A write that did not happen: {@code "<path as given>: <reason>"}; the target is unchanged. */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path path;
        private final String reason;

        WriteException(Path path, String reason, Throwable cause) {
            super(path + ": " + reason, cause);
            this.path = path;
            this.reason = reason;
        }

        /** The path the caller gave. */
        public Path path() {
            return path;
        }

        /** Why, without the path: "permission denied", "the folder … does not exist", … */
        public String reason() {
            return reason;
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = endOfLinks(target);
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new WriteException(target, Files.exists(folder) ? folder + " is not a folder"
                    : "the folder " + folder + " does not exist", null);
        }
        refuseIfNotRegular(target, file); // "/" too: the only path without a parent is a folder
        String stem = stem(file.getFileName().toString());
        removeStale(folder, stem);
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + stem + ".", SUFFIX);
        } catch (IOException e) {
            throw new WriteException(target, "cannot create a file in " + folder + ": " + reason(e), e);
        }
        boolean moved = false;
        try {
            keepPermissions(file, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (WriteException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteException(target, reason(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the first failure is the one to report; a leftover is removed by a later write
                }
            }
        }
    }

    /** The file a chain of symbolic links ends at (absolute), or {@code target} itself if it is not a link. */
    private static Path endOfLinks(Path target) throws WriteException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new WriteException(target, "too many levels of symbolic links", null);
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                throw new WriteException(target, "cannot follow the symbolic link: " + reason(e), e);
            }
        }
        return p;
    }

    private static void refuseIfNotRegular(Path target, Path file) throws WriteException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // a new file
        } catch (IOException e) {
            throw new WriteException(target, reason(e), e);
        }
        if (a.isDirectory()) {
            throw new WriteException(target, "is a folder, not a file", null);
        }
        if (!a.isRegularFile()) {
            throw new WriteException(target, "is not a regular file (a device, pipe or socket): only regular files are replaced", null);
        }
    }

    /** The operating system's reason, in words (the JDK leaves it null for the commonest two). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The target's name, cut to {@link #STEM_BYTES} bytes of UTF-8 at a character boundary. */
    private static String stem(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > STEM_BYTES) {
                return name.substring(0, i);
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    /** Deletes our own temporary files for this name that are older than {@link #STALE}; never fails. */
    private static void removeStale(Path folder, String stem) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(stem) + "\\.[0-9]+" + Pattern.quote(SUFFIX));
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().compareTo(before) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // gone already, or not ours to delete: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up is a courtesy: it must never stop a save
        }
    }

    /**
     * A temporary file is private to its owner; the file it replaces keeps its own permissions, and a new
     * file gets the usual rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its defaults are fine
        }
    }
}
