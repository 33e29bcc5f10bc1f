package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.common.internal.ShouldExist;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.report.TraceabilityReports;

/**
 * Finds the merge inputs among paths given by a user: a file is an input as it is; a folder contributes every
 * {@code traceability-matrix.json} below it, except those of partial runs (in a {@code partial} folder, which
 * never replace a full run's) and those in folders that are skipped ({@code .git}, {@code node_modules}, earlier merged reports in
 * {@value #MERGED_FOLDER}).
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MergeInputs {

    /** The folder name of merged reports ({@code target/floe-traceability-merged}): never an input of a search. */
    public static final String MERGED_FOLDER = "floe-traceability-merged";

    /** Also the set folders of report sets ({@code .sets}): their files are read through the links beside them. */
    private static final List<String> SKIPPED_FOLDERS = List.of(".git", "node_modules", ".idea", "partial", ".sets",
            MERGED_FOLDER);

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
                throw new MergeInputException(ShouldExist.shouldExist("Merge input", path,
                        "correct the path, or run the tests that write it (mvn verify)"));
            }
        }
        return new ArrayList<>(files);
    }

    /**
     * The compiled test class folders ({@code <module>/target/test-classes}) under the folders among
     * {@code paths}, sorted: where static discovery looks for covering tests that did not run, including those
     * of modules whose run wrote no full matrix.
     */
    public static List<Path> testClassDirsUnder(Collection<Path> paths) {
        TreeSet<Path> dirs = new TreeSet<>();
        for (Path path : paths) {
            Path normal = path.toAbsolutePath().normalize();
            if (Files.isDirectory(normal)) {
                dirs.addAll(walk(normal, (dir, isDir) -> isDir && dir.getFileName().toString().equals("test-classes")
                        && dir.getParent().getFileName() != null
                        && dir.getParent().getFileName().toString().equals("target")));
            }
        }
        return new ArrayList<>(dirs);
    }

    /**
     * Reads {@code files} in parallel, keeping their order; when several are bad, the error of the first in
     * that order is thrown, so the message does not depend on scheduling.
     */
    public static List<MergeInput> readAll(List<Path> files) {
        List<Object> outcomes = readEach(files);
        List<MergeInput> inputs = new ArrayList<>(outcomes.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof MergeInputException e) {
                throw e;
            }
            inputs.add((MergeInput) outcome);
        }
        return inputs;
    }

    /**
     * Reads {@code files} in parallel, keeping their order, and sets aside those that cannot be read: each
     * becomes one problem line naming the file, and the rest are merged (e.g. a CI shard whose upload broke).
     */
    public static Tolerant readTolerant(List<Path> files) {
        List<Object> outcomes = readEach(files);
        List<MergeInput> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof MergeInputException e) {
                problems.add(FailureMessage.joined(e.getMessage()) + "; its results are left out of the merge");
            }
            else {
                inputs.add((MergeInput) outcome);
            }
        }
        return new Tolerant(inputs, problems);
    }

    /**
     * What {@link #readTolerant} read.
     *
     * @param inputs   the inputs that could be read, in the order of the files
     * @param problems one line per file that could not, naming it
     * @since 0.1.0
     */
    public record Tolerant(List<MergeInput> inputs, List<String> problems) {

        /** Copies the lists. */
        public Tolerant {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    /** Each file read in parallel: a {@link MergeInput} or the {@link MergeInputException} it gave, in order. */
    private static List<Object> readEach(List<Path> files) {
        return files.parallelStream().map(file -> {
            try {
                return (Object) MergeInputReader.read(file);
            }
            catch (MergeInputException e) {
                return e;
            }
        }).toList();
    }

    private static List<Path> matricesUnder(Path folder) {
        return walk(folder, (file, isDir) -> !isDir
                && file.getFileName().toString().equals(TraceabilityReports.MATRIX_JSON));
    }

    /** The paths under {@code folder} that {@code wanted} accepts, not descending into skipped folders. */
    private static List<Path> walk(Path folder, java.util.function.BiPredicate<Path, Boolean> wanted) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(folder) && wanted.test(dir, true)) {
                        found.add(dir);
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    // a report file is a link into its set's folder: taken when it leads to a file
                    boolean isFile = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                    if (isFile && wanted.test(file, false)) {
                        found.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException e) {
            throw new MergeInputException(ShouldBeReadable.shouldBeReadable("folder " + folder + " (searched for merge"
                    + " inputs)", folder.toString(), e, "check the folder's permissions, or name the merge inputs"), e);
        }
        return found;
    }
}
