package org.footnote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The layering of shared/design.md section 3, kept by the build. */
@AnalyzeClasses(packages = "org.footnote", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses()
            .that().resideInAPackage("org.footnote..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which are the transaction boundary and check access");

    @ArchTest
    static final ArchRule servicesNeverDependOnViews = noClasses()
            .that().resideOutsideOfPackage("org.footnote..ui..")
            .and().resideOutsideOfPackage("org.footnote.security..")
            .should().dependOnClassesThat().resideInAPackage("org.footnote..ui..")
            .because("domain and services must work without a UI");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.footnote.(*)..")
            .should().beFreeOfCycles()
            // Views are the top layer: they may use any feature's services and the shared layout.
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.footnote..ui.."), DescribedPredicate.alwaysTrue())
            .because("feature packages build on each other in one direction only");

    @ArchTest
    static final ArchRule coreLogicIsFrameworkFree = noClasses()
            .that().haveSimpleNameEndingWith("Rules")
            .or().haveSimpleNameEndingWith("ThrottlePolicy")
            .or().resideInAPackage("org.footnote.quiz.grading..")
            .or().resideInAPackage("org.footnote.cards.fsrs..")
            .or().resideInAPackage("org.footnote.bank.gift..")
            .or().resideInAPackage("org.footnote.quiz.results..")
            .or().haveSimpleNameStartingWith("BankFiles")
            .or().haveSimpleNameStartingWith("BankValidator")
            .or().haveSimpleNameStartingWith("QuestionBreach")
            .or().haveSimpleNameStartingWith("QuestionDiff")
            .or().haveSimpleNameStartingWith("TextMatch")
            .or().haveSimpleNameStartingWith("DocumentText")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
            .because("core logic is plain Java with plain unit tests");
}
