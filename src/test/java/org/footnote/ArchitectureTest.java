package org.footnote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

/**
 * The layering inside modules, by package (docs/architecture.md); the modules' boundaries and the
 * absence of cycles between them are Spring Modulith's, checked by {@link ModulesTest}.
 */
@AnalyzeClasses(packages = "org.footnote", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The framework-free cores, each with plain unit tests. */
    static final String[] CORES = {"org.footnote.quiz.grading..", "org.footnote.quiz.results..", "org.footnote.cards.fsrs..",
        "org.footnote.bank.gift..", "org.footnote.bank.files..", "org.footnote.bank.history.."};

    @ArchTest
    static final ArchRule coresAreFrameworkFree = noClasses()
            .that().resideInAnyPackage(CORES).and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
            .because("core logic is plain Java with plain unit tests");

    @ArchTest
    static final ArchRule coresUseNoServicesOrViews = noClasses()
            .that().resideInAnyPackage(CORES)
            .should().dependOnClassesThat().resideInAnyPackage("org.footnote..ui..", "org.footnote.account.security..")
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("a core computes; services feed it and store what it returns");

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses()
            .that().resideInAPackage("org.footnote..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which are the transaction boundary and check access");

    @ArchTest
    static final ArchRule servicesNeverDependOnViews = noClasses()
            .that().resideOutsideOfPackage("org.footnote..ui..")
            .and().resideOutsideOfPackage("org.footnote.account.security..")
            .should().dependOnClassesThat().resideInAPackage("org.footnote..ui..")
            .because("domain and services must work without a UI (Spring Security's configuration names the sign-in view)");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirModule = classes()
            .that().areAssignableTo(Repository.class)
            .should(beUsedOnlyInsideTheirOwnModule())
            .because("each table has one owner; other modules read it through the owner's API");

    /** The module of a class: the package right under org.footnote. */
    static String module(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^org\\.footnote\\.?", "");
        return rest.isEmpty() ? "" : rest.split("\\.")[0];
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!module(user).equals(module(repository))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
