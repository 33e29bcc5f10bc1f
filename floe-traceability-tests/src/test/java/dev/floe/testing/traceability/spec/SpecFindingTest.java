package dev.floe.testing.traceability.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.spec.internal.SpecSettings;

class SpecFindingTest {

    private static final String REQUIREMENT = "- **FR-001**: text\n";

    @TempDir
    Path root;

    @Test
    @Covers("001-FR-001")
    void findsSpecsByTheDefaultGlob() {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "specs/group/002-b/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "specs/001-a/notes.md", "- **FR-009**: not a spec file\n");
        SpecFixtures.write(root, "specs/003-c/target/spec.md", "- **FR-009**: build output\n");
        SpecFixtures.write(root, "docs/004-d/spec.md", "- **FR-009**: outside specs/\n");

        SpecCatalog catalog = SpecParser.create().parse(root);

        assertThat(catalog.features()).extracting(Feature::specFile)
                .containsExactly("specs/001-a/spec.md", "specs/group/002-b/spec.md");
    }

    @Test
    @Covers("001-FR-001")
    void followsASymbolicLinkToASpecFile() throws IOException {
        Path elsewhere = SpecFixtures.write(root, "shared/spec-source.md", REQUIREMENT);
        Files.createDirectories(root.resolve("specs/005-linked"));
        Files.createSymbolicLink(root.resolve("specs/005-linked/spec.md"), elsewhere);

        SpecCatalog catalog = SpecParser.create().parse(root);

        assertThat(catalog.specFiles()).containsExactly("specs/005-linked/spec.md");
    }

    @Test
    @Covers("001-FR-001")
    void findsSpecsByConfiguredGlobs() {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "docs/features/002-b.md", REQUIREMENT);
        SpecFixtures.write(root, "requirements/003-c/README.md", REQUIREMENT);
        FloeConfiguration configuration = FloeConfiguration.of(Map.of(),
                Map.of("FLOE_TRACEABILITY_SPECS", "docs/features/*.md, requirements/*/README.md"), Map.of());

        SpecParser parser = SpecSettings.configure(configuration);
        SpecCatalog catalog = parser.parse(root);

        assertThat(parser.specGlobs()).containsExactly("docs/features/*.md", "requirements/*/README.md");
        assertThat(catalog.searched()).isEqualTo("docs/features/*.md, requirements/*/README.md under "
                + root.toAbsolutePath().normalize());
        assertThat(catalog.specFiles()).containsExactly("docs/features/002-b.md", "requirements/003-c/README.md");
        assertThat(catalog.features()).extracting(Feature::id, Feature::specFile).containsExactly(
                org.assertj.core.groups.Tuple.tuple("002", "docs/features/002-b.md"),
                org.assertj.core.groups.Tuple.tuple("003", "requirements/003-c/README.md"));
    }

    @Test
    @Covers("001-FR-001")
    void readsTheKeysFromJUnitConfigurationParameters() {
        SpecFixtures.write(root, "requirements/004-d/spec.md", REQUIREMENT);
        Map<String, String> junit = Map.of(SpecParser.SPECS_KEY, "requirements/*/spec.md",
                SpecParser.ROOT_KEY, root.toString());

        SpecParser parser = SpecParser.fromConfiguration(key -> java.util.Optional.ofNullable(junit.get(key)));

        assertThat(parser.findBuildRoot(Path.of(""))).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(parser.parseFrom(Path.of("")).specFiles()).containsExactly("requirements/004-d/spec.md");
    }

    @Test
    @Covers("001-FR-001")
    void rejectsAnAbsoluteGlobNamingTheKeyAndSource() {
        FloeConfiguration configuration = FloeConfiguration.of(Map.of("floe.traceability.specs", "/etc/*.md"),
                Map.of(), Map.of());

        SpecParseException e = catchThrowableOfType(SpecParseException.class,
                () -> SpecSettings.configure(configuration));

        assertThat(e).hasMessage("""
                Invalid spec pattern '/etc/*.md' (from system property floe.traceability.specs).
                  expected: a glob relative to the build root with '/', such as specs/**/spec.md
                  found:    '/etc/*.md': absolute
                  where:    floe.traceability.specs (from system property floe.traceability.specs)
                  fix:      write the pattern relative to the build root, with '/' and without '..', such as \
                specs/**/spec.md""");
    }

    @Test
    @Covers("001-FR-002")
    void findsTheBuildRootFromAFolderBelowIt() throws IOException {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        Path module = Files.createDirectories(root.resolve("module/src/test"));

        SpecParser parser = SpecParser.create();

        assertThat(parser.findBuildRoot(module)).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(parser.findBuildRoot(root)).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(parser.parseFrom(module).requirements()).hasSize(1);
    }

    @Test
    @Covers("001-FR-002")
    void prefersTheNearestFolderThatHoldsSpecs() throws IOException {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "examples/demo/specs/001-demo/spec.md", REQUIREMENT);
        Path example = Files.createDirectories(root.resolve("examples/demo/src"));

        assertThat(SpecParser.create().findBuildRoot(example)).isEqualTo(root.resolve("examples/demo").normalize());
    }

    @Test
    @Covers("001-FR-002")
    void takesTheConfiguredRoot() throws IOException {
        Path project = Files.createDirectories(root.resolve("project"));
        SpecFixtures.write(project, "specs/001-a/spec.md", REQUIREMENT);
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        FloeConfiguration configuration = FloeConfiguration.of(Map.of(), Map.of(),
                Map.of("floe.traceability.root", project.toString()));

        SpecParser parser = SpecSettings.configure(configuration);

        assertThat(parser.findBuildRoot(elsewhere)).isEqualTo(project.toAbsolutePath().normalize());
    }

    @Test
    @Covers("001-FR-002")
    void rejectsAConfiguredRootThatIsNoFolder() {
        Path missing = root.resolve("missing");
        FloeConfiguration configuration = FloeConfiguration.of(Map.of(), Map.of(),
                Map.of("floe.traceability.root", missing.toString()));

        SpecParseException e = catchThrowableOfType(SpecParseException.class,
                () -> SpecSettings.configure(configuration));

        assertThat(e).hasMessage("Invalid value '" + missing + "' for floe.traceability.root.\n"
                + "  expected: the build root: an existing folder that holds specs/\n"
                + "  found:    '" + missing + "' (not a folder)\n"
                + "  where:    floe.traceability.root (from JUnit configuration parameter floe.traceability.root)\n"
                + "  fix:      set floe.traceability.root to the folder that holds specs/");
    }

    @Test
    @Covers("001-FR-002")
    void saysWhereItLookedWhenNoFolderHoldsSpecs() throws IOException {
        Path start = Files.createDirectories(root.resolve("a/b"));

        SpecParseException e = catchThrowableOfType(SpecParseException.class,
                () -> SpecParser.create().withSpecs("no-such-folder-here/**/spec.md").findBuildRoot(start));

        Path from = start.toAbsolutePath().normalize();
        assertThat(e).hasMessage("No build root found: neither " + from
                + " nor any folder above it contains no-such-folder-here/.\n"
                + "  expected: a folder that contains no-such-folder-here/ (spec patterns [no-such-folder-here/**/spec.md])\n"
                + "  found:    no such folder from " + from + " up to the file system root\n"
                + "  where:    " + from + " and the folders above it\n"
                + "  fix:      run from inside the project, or set floe.traceability.root to the folder that holds the"
                + " specs");
    }

    @Test
    @Covers("001-FR-003")
    void failsWhenNoSpecIsFoundSayingWhereItLooked() throws IOException {
        Files.createDirectories(root.resolve("specs/001-empty"));

        SpecParseException e = catchThrowableOfType(SpecParseException.class, () -> SpecParser.create().parse(root));

        Path under = root.toAbsolutePath().normalize();
        assertThat(e).hasMessage("No spec found: looked for specs/**/spec.md under " + under + ".\n"
                + "  expected: at least one spec file matching specs/**/spec.md\n"
                + "  found:    no matching file\n"
                + "  where:    " + under + "\n"
                + "  fix:      write specs as specs/NNN-name/spec.md, or set floe.traceability.specs (the patterns)"
                + " or floe.traceability.root (the root)");
    }

    @Test
    @Covers("001-FR-003")
    void failsWhenNoSpecHoldsARequirementSayingWhereItLookedAndWhatCameClose() {
        SpecFixtures.write(root, "specs/001-a/spec.md", "# A\n\nProse that mentions FR-001.\n");
        SpecFixtures.write(root, "specs/002-b/spec.md", "- **FR-1**: too short\n");

        SpecParseException e = catchThrowableOfType(SpecParseException.class, () -> SpecParser.create().parse(root));

        String close = "\n            ";
        assertThat(e).hasMessage("No requirement found in 2 specs matching specs/**/spec.md under "
                + root.toAbsolutePath().normalize() + ".\n"
                + "  expected: list items that start with a bold id, such as '- **FR-001**: The library MUST ...'\n"
                + "  found:    no such list item; what came close:" + close
                + "specs/001-a/spec.md: no requirement found in this spec: write list items such as"
                + " '- **FR-001**: The library MUST ...'" + close
                + "specs/002-b/spec.md: no requirement found in this spec: write list items such as"
                + " '- **FR-001**: The library MUST ...'" + close
                + "specs/002-b/spec.md:1: ill-formed requirement id 'FR-1': expected FR- followed by three digits"
                + " and an optional lower-case letter, e.g. FR-001 or FR-006a (did you mean FR-001?)\n"
                + "  where:    specs/001-a/spec.md, specs/002-b/spec.md\n"
                + "  fix:      write each requirement as a list item starting with its bold id, such as"
                + " '- **FR-001**: ...'");
    }

    @Test
    @Covers("001-FR-004")
    void failsOnASpecOutsideAFeatureFolder() {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "specs/misc/spec.md", REQUIREMENT);

        SpecParseException e = catchThrowableOfType(SpecParseException.class, () -> SpecParser.create().parse(root));

        assertThat(e.errors()).containsExactly(new SpecProblem("specs/misc/spec.md", 0,
                "cannot tell the feature of this spec: put it in a folder named NNN-name, e.g."
                        + " specs/006-integration-testing/spec.md"));
    }

    @Test
    @Covers("001-FR-004")
    void failsWhenTwoSpecsClaimOneFeature() {
        SpecFixtures.write(root, "specs/001-a/spec.md", REQUIREMENT);
        SpecFixtures.write(root, "specs/001-b/spec.md", REQUIREMENT);

        SpecParseException e = catchThrowableOfType(SpecParseException.class, () -> SpecParser.create().parse(root));

        assertThat(e.errors()).extracting(SpecProblem::toString).containsExactly(
                "specs/001-b/spec.md: feature 001 is also defined by specs/001-a/spec.md: give each spec its own NNN-"
                        + " folder");
    }

    @Test
    @Covers({ "001-FR-012", "007-FR-008" })
    void failsOnASpecThatIsNotUtf8NamingTheFileLineAndColumn() throws IOException {
        Path file = root.resolve("specs/001-a/spec.md");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] { '#', ' ', 'A', '\n', '\n', '-', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3, (byte) 0x28 });

        SpecParseException e = catchThrowableOfType(SpecParseException.class, () -> SpecParser.create().parse(root));

        // line 3: "- é " are four characters, the fifth is the broken one
        assertThat(e).hasMessage("""
                specs/001-a/spec.md:3:5 (byte 0xC3): not valid UTF-8.
                  expected: a spec saved as UTF-8
                  found:    bytes that are not UTF-8 at 3:5 (byte 0xC3)
                  where:    specs/001-a/spec.md:3:5 (byte 0xC3)
                  fix:      save the spec as UTF-8""");
    }
}
