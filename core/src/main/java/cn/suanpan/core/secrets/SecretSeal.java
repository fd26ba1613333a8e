package cn.suanpan.core.secrets;

import cn.suanpan.core.i18n.SuanpanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps secrets (the keys terminals and the cloud sign with) out of the database in the
 * clear: each is sealed with AES-256-GCM under a key kept in a file of its own, readable
 * by its owner only. A copy of the database, a backup or a dump, is then of no use without
 * the key file. It does not protect against someone who can read the owner's files: the
 * key sits on the same machine (see docs/adr/0010-sync-secrets-at-rest.md).
 *
 * <p>Values written before sealing existed (no {@link #PREFIX}) are read as they are, so
 * an older store keeps working and is sealed when next written.
 */
public final class SecretSeal {

    public static final String PREFIX = "sealed1:";
    private static final Logger log = LoggerFactory.getLogger(SecretSeal.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Path file;
    private final byte[] context;

    private SecretSeal(SecretKeySpec key, Path file, String context) {
        this.key = key;
        this.file = file;
        this.context = context.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The seal under the key in {@code file}, made (32 random bytes, owner-only) when the
     * file does not exist yet. {@code context} binds sealed values to their use: a value
     * sealed for one purpose does not open for another.
     */
    public static SecretSeal keyFile(Path file, String context) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            tighten(file);
            byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (raw.length != 32) {
                throw new SuanpanException("secret.keyUnusable", file, "the key file does not hold a 256-bit key");
            }
            return new SecretSeal(new SecretKeySpec(raw, "AES"), file, context);
        } catch (IOException | IllegalArgumentException e) {
            throw new SuanpanException(new cn.suanpan.core.i18n.UserMessage("secret.keyUnusable", file, e.getMessage()), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(fresh, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(fresh);
            // no POSIX permissions (Windows): the user's profile folder is private by default
            fresh.toFile().setReadable(false, false);
            fresh.toFile().setReadable(true, true);
            fresh.toFile().setWritable(false, false);
            fresh.toFile().setWritable(true, true);
        }
        Files.writeString(fresh, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
        try {
            // a rename never leaves a half-written key; a racing creator's key stands
            Files.move(fresh, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(fresh);
        }
        log.info("Made the key file {}", file);
    }

    /** Takes group and other permissions away from a key file that has them. */
    private static void tighten(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(now)) {
            log.warn("The key file {} was readable by others ({}); it is owner-only now", file, PosixFilePermissions.toString(now));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(String clear) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(context);
            byte[] sealed = c.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The clear value; one stored before sealing existed comes back as it is. */
    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            c.updateAAD(context);
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SuanpanException(new cn.suanpan.core.i18n.UserMessage("secret.unreadable", file), e);
        }
    }

    public Path file() {
        return file;
    }
}
