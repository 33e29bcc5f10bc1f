package dev.floe.testing.traceability.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.floe.testing.traceability.report.TraceabilityReports;

/**
 * Finds the merge inputs among paths given by a user: a file is an input as it is; a folder contributes every
 * {@code traceability-matrix.json} below it, except those of partial runs (in a {@code partial} folder, which
 * never replace a full run's) and those in folders that are skipped ({@code .git}, {@code node_modules}).
 *
 * @since 0.1.0
 */
public final class MergeInputs {

    private static final List<String> SKIPPED_FOLDERS = List.of(".git", "node_modules", ".idea", "partial");

    private MergeInputs() {
    }

    /**
     * The input files under {@code paths}, sorted and distinct, so the merge does not depend on the order in
     * which they were given.
     *
     * @throws MergeInputException when a path does not exist, naming it
     */
    public static List<Path> find(Collection<Path> paths) {
        return find(paths, List.of());
    }

    /**
     * The input files under {@code paths}, leaving out any below {@code excluded} folders (such as the merge's
     * own output folder).
     *
     * @throws MergeInputException when a path does not exist, naming it
     */
    public static List<Path> find(Collection<Path> paths, Collection<Path> excluded) {
        List<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            Path normal = path.toAbsolutePath().normalize();
            if (Files.isRegularFile(normal)) {
                files.add(normal);
            }
            else if (Files.isDirectory(normal)) {
                matricesUnder(normal).stream().filter(p -> skip.stream().noneMatch(p::startsWith))
                        .forEach(files::add);
            }
            else {
                throw new MergeInputException("Missing merge input " + path + ": no such file or folder");
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> matricesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().equals(TraceabilityReports.MATRIX_JSON))
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> !inSkippedFolder(folder.relativize(p)))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot search " + folder + " for merge inputs: " + e.getMessage(), e);
        }
        catch (UncheckedIOException e) {
            throw new MergeInputException("Cannot search " + folder + " for merge inputs: " + e.getMessage(), e);
        }
    }

    private static boolean inSkippedFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_FOLDERS.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }
}
