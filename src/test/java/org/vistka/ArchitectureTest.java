package org.vistka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package graph the README's Architecture section draws: every dependency points down, from the root that wires
 * the features to storage at the bottom, and no two packages need each other. A new import against the layers fails
 * here with the classes that made it.
 */
class ArchitectureTest {
    /**
     * From the top down: a package may use only packages of the tiers below its own, never one beside it. Sharing a
     * tier means knowing nothing of each other: comments, sharing and feeds are separate features.
     */
    static final List<List<String>> TIERS = List.of(
            List.of("root"),
            List.of("bench"),
            List.of("newsroom"),
            List.of("search"),
            List.of("site"),
            List.of("comment", "share", "feed"),
            List.of("account"),
            List.of("media"),
            List.of("article"),
            List.of("settings", "web"),
            List.of("storage"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vistka");

    @Test
    void no_two_packages_depend_on_each_other_through_any_path() {
        slices().matching("org.vistka.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void every_dependency_points_to_a_lower_tier() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : TIERS) {
            for (String layer : tier) {
                layers = layers.layer(layer).definedBy(layer.equals("root") ? "org.vistka" : "org.vistka." + layer + "..");
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> tier : TIERS) {
            for (String layer : tier) {
                layers = above.isEmpty()
                        ? layers.whereLayer(layer).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(layer).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(tier);
        }
        layers.check(MAIN);
    }

    @Test
    void every_package_of_the_code_has_its_place_in_the_tiers() {
        List<String> placed = TIERS.stream().flatMap(List::stream).toList();
        List<String> packages = MAIN.stream().map(type -> type.getPackageName())
                .map(name -> name.equals("org.vistka") ? "root" : name.substring("org.vistka.".length()).split("\\.")[0])
                .distinct().sorted().toList();
        org.assertj.core.api.Assertions.assertThat(placed).containsAll(packages);
    }

    @Test
    void lucene_stays_inside_search() {
        noClasses().that().resideOutsideOfPackage("org.vistka.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(MAIN);
    }

    @Test
    void rules_import_no_web_framework_database_or_input_and_output() {
        noClasses().that().haveSimpleNameEndingWith("Rules")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.io..", "java.nio.file..",
                        "java.net.http..")
                .check(MAIN);
    }

    @Test
    void only_storage_knows_which_database_runs() {
        noClasses().that().resideOutsideOfPackages("org.vistka.storage..", "org.vistka.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.postgresql..", "org.flywaydb..")
                .check(MAIN);
    }
}
