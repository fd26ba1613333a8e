package cn.suanpan.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The migrations this build ships, read from the names of the files in
 * {@code db/migration} (in a jar or a folder). Knowing them lets an up-to-date database
 * open without starting Flyway, which is most of the cost of opening the store.
 */
final class MigrationFiles {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

    private MigrationFiles() {
    }

    /** The versions of the shipped migrations, oldest first. */
    static List<MigrationVersion> versions(ClassLoader loader) {
        List<MigrationVersion> versions = new ArrayList<>();
        for (String name : names(loader)) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                versions.add(MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
            }
        }
        // the same folder can be reached through more than one class path entry (a jar named
        // again in another jar's manifest): a file counts once, or the comparison with the
        // applied versions fails and every start pays for Flyway
        return versions.stream().distinct().sorted().toList();
    }

    private static List<String> names(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    var connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (var jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        String prefix = LOCATION + "/";
                        while (entries.hasMoreElements()) {
                            String entry = entries.nextElement().getName();
                            if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
                                names.add(entry.substring(prefix.length()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
