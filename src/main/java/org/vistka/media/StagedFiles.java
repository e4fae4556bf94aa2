package org.vistka.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one upload while it is being stored. Each file is written under a hidden temporary name, synced
 * to disk and then moved to its real name in one step, so the site never serves half a file. Unless
 * {@link #keep()} is called before {@link #close()}, closing deletes every file written, so an upload that fails
 * at any point leaves nothing behind. For one thread.
 */
final class StagedFiles implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StagedFiles.class);

    private final Path folder;
    private final List<Path> written = new ArrayList<>();
    private boolean kept;

    StagedFiles(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** Stores {@code bytes} as {@code folder/name}, which must not exist yet. */
    void put(String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        // The leading dot keeps a partly written file out of the names the site serves.
        Path temporary = folder.resolve("." + name + ".part");
        written.add(temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        // A move replaces silently, and deleting on failure would then remove another image's file.
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
    }

    /** Makes the new names durable: a crash after this still finds the files the database is about to name. */
    void syncFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows and some file systems cannot open or sync a folder; the files' contents are synced already.
            log.debug("event=media_folder_sync_unavailable folder={} reason={}", folder, e.toString());
        }
    }

    /** The upload is stored: closing will leave the files in place. */
    void keep() {
        kept = true;
    }

    @Override
    public void close() {
        if (kept) {
            return;
        }
        for (Path path : written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Reported, not thrown: the failure that led here is the one the caller must see.
                log.warn("event=media_cleanup_failed file={} reason={}", path, e.toString());
            }
        }
    }
}
