package org.newsrelay;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The layering of the packages, checked in every build (docs/architecture.md, "Layering"). From the
 * bottom up:
 *
 * <ol>
 *   <li>{@code text}: the text engine, plain Java: no JPA, JAX-RS, CDI or EJB, no other package of
 *       ours.
 *   <li>{@code platform}: what every domain stands on (the JAX-RS application, problems, security,
 *       settings); it knows no domain.
 *   <li>{@code http}: the project's outbound HTTP (polls and the hub's callbacks), just above
 *       {@code platform} rather than below it: the address allowlist is one of platform's settings,
 *       read and reported as the settings are. Nothing else of ours, and no domain.
 *   <li>{@code websub}: the WebSub protocol (modes, fields, requests, leases, signatures), no
 *       domain; both sides of WebSub stand on it.
 *   <li>{@code story}: the Story aggregate.
 *   <li>{@code ingest} and {@code topic}, side by side: neither knows the other.
 *   <li>{@code feed}: reads stories and topics.
 *   <li>{@code partner}: accounts, keys and the WebSub hub, which delivers what {@code feed}
 *       renders.
 *   <li>{@code console}: the editors' console; nothing depends on it.
 * </ol>
 *
 * Where a lower package needs something of a higher one, the lower one owns an interface (or a CDI
 * event) and the higher one implements (or observes) it, as {@code story.IncomingStories} is
 * implemented by {@code ingest.Inbox}.
 */
@AnalyzeClasses(packages = "org.newsrelay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Between the domains: org.newsrelay.ingest and everything under it is one slice. */
  @ArchTest
  static final ArchRule noCycleBetweenDomains =
      slices().matching("org.newsrelay.(*)..").should().beFreeOfCycles();

  /** Inside a domain too: ingest and ingest.websub, partner and partner.websub. */
  @ArchTest
  static final ArchRule noCycleBetweenPackages =
      slices().matching("org.newsrelay.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("text")
          .definedBy("org.newsrelay.text..")
          .layer("platform")
          .definedBy("org.newsrelay.platform..")
          .layer("http")
          .definedBy("org.newsrelay.http..")
          .layer("websub")
          .definedBy("org.newsrelay.websub..")
          .layer("story")
          .definedBy("org.newsrelay.story..")
          .layer("ingest")
          .definedBy("org.newsrelay.ingest..")
          .layer("topic")
          .definedBy("org.newsrelay.topic..")
          .layer("feed")
          .definedBy("org.newsrelay.feed..")
          .layer("partner")
          .definedBy("org.newsrelay.partner..")
          .layer("console")
          .definedBy("org.newsrelay.console..")
          .whereLayer("text")
          .mayNotAccessAnyLayer()
          .whereLayer("platform")
          .mayOnlyAccessLayers("text")
          .whereLayer("http")
          .mayOnlyAccessLayers("platform", "text")
          .whereLayer("websub")
          .mayOnlyAccessLayers("http", "platform", "text")
          .whereLayer("story")
          .mayOnlyAccessLayers("platform", "text")
          .whereLayer("ingest")
          .mayOnlyAccessLayers("story", "websub", "http", "platform", "text")
          .whereLayer("topic")
          .mayOnlyAccessLayers("story", "platform", "text")
          .whereLayer("feed")
          .mayOnlyAccessLayers("topic", "story", "platform", "text")
          .whereLayer("partner")
          .mayOnlyAccessLayers("feed", "topic", "story", "websub", "http", "platform", "text")
          .whereLayer("console")
          .mayNotBeAccessedByAnyLayer();

  /**
   * Outbound HTTP reads its allowlist from the settings; the rest of platform is not its concern.
   */
  @ArchTest
  static final ArchRule httpUsesOnlyPlatformSettings =
      noClasses()
          .that()
          .resideInAPackage("org.newsrelay.http..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.newsrelay.platform..")
                  .and(
                      DescribedPredicate.describe(
                          "are not Settings or Setting",
                          (JavaClass c) ->
                              !c.getName().startsWith("org.newsrelay.platform.Setting"))))
          .because("http stands just above platform for its settings alone");

  /** The text engine is a library: usable from a unit test, a benchmark or another server. */
  @ArchTest
  static final ArchRule textIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.newsrelay.text..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..",
              "jakarta.ws.rs..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.ejb..",
              "jakarta.transaction..",
              "jakarta.servlet..")
          .because("the text engine is plain Java on ICU4J");

  @ArchTest
  static final ArchRule textStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("org.newsrelay.text..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.newsrelay..")
                  .and(resideOutsideOfPackage("org.newsrelay.text..")))
          .because("the text engine needs nothing of the server");

  /** Resources, filters, mappers and the application: the only classes that speak JAX-RS. */
  static final DescribedPredicate<JavaClass> WEB_EDGE =
      DescribedPredicate.describe(
          "the web edge (resources, providers, filters, mappers, the application)",
          ArchitectureTest::atTheEdge);

  @ArchTest
  static final ArchRule jaxRsOnlyAtTheWebEdge =
      noClasses()
          .that(DescribedPredicate.not(WEB_EDGE))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..")
          .because("HTTP is spoken at the edge; the domains speak Java");

  /**
   * HTTP problems are made by the web edge alone: the domains throw a {@code DomainException},
   * which has no status code, and {@code ProblemMappers} gives it one.
   */
  @ArchTest
  static final ArchRule problemsAreMadeAtTheWebEdge =
      noClasses()
          .that(DescribedPredicate.not(WEB_EDGE))
          .and()
          .doNotHaveFullyQualifiedName("org.newsrelay.platform.Problem")
          .should()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "a Problem",
                  call ->
                      call.getTargetOwner().isEquivalentTo(org.newsrelay.platform.Problem.class)))
          .because("the domains refuse in their own words (DomainException), without HTTP");

  /**
   * One simple name, one class: a reader (or a stack trace, or an import) never has to ask which
   * {@code StoryRendition} is meant.
   */
  @ArchTest
  static void everyClassHasANameOfItsOwn(JavaClasses classes) {
    Map<String, List<String>> byName =
        classes.stream()
            .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    TreeMap::new,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    byName.values().removeIf(names -> names.size() < 2);
    assertEquals(Map.of(), byName, "classes that share a simple name");
  }

  private static boolean atTheEdge(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String name = top.getSimpleName();
    return name.endsWith("Resource")
        || name.endsWith("Mapper")
        || name.endsWith("Mappers")
        || top.isAnnotatedWith("jakarta.ws.rs.Path")
        || top.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
        || top.isAnnotatedWith("jakarta.ws.rs.ApplicationPath")
        // The servlet doors and the feeds' Undertow handler answer ahead of JAX-RS.
        || top.isAnnotatedWith("jakarta.servlet.annotation.WebFilter")
        || top.isAssignableTo("io.undertow.server.HttpHandler");
  }
}
