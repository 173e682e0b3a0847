package org.newsrelay.platform;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document at /openapi (MicroProfile OpenAPI, configured in
 * META-INF/microprofile-config.properties): each operation gets the roles its resource method
 * allows, read from {@code @RolesAllowed} as {@link RoleCheck} reads them, as security requirements
 * and in words, and the problems any operation of its kind may answer (RFC 9457, described once in
 * META-INF/openapi.yaml). So the resources carry only what is theirs: tags, summaries, bodies.
 *
 * <p>SmallRye names each operation after its Java method ({@code org.newsrelay.topic.TopicResource_
 * create}); this filter finds the method by that name and shortens it to {@code
 * TopicResource_create}.
 */
public class OpenApiDocument implements OASFilter {
  /** Who signs in how: people with HTTP Basic or the console's cookie, partners with a key. */
  private static final Set<String> PEOPLE = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.WIRE);

  private static final Set<String> PARTNERS = Set.of(Roles.PARTNER, Roles.WIRE);

  private static final String RESPONSES = "#/components/responses/";

  @Override
  public Operation filterOperation(Operation operation) {
    Optional<Method> method = method(operation.getOperationId());
    Optional<List<String>> roles = method.flatMap(OpenApiDocument::roles);
    method.ifPresent(
        m -> operation.setOperationId(m.getDeclaringClass().getSimpleName() + "_" + m.getName()));
    operation.setSecurity(security(roles));
    operation.addExtension("x-roles", roles.orElse(List.of()));
    String who =
        roles
            .map(r -> "Roles: " + String.join(", ", r) + ".")
            .orElse("Anyone; what a caller sees may depend on who it is.");
    operation.setDescription(
        operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
    problems(operation, roles.isPresent());
    return operation;
  }

  /**
   * A schema that refers to another is that one: a body read from bytes and described by a record
   * ({@code @Schema(implementation = ...) byte[] body}) keeps the bytes' type beside the reference.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getRef() != null) {
      schema.setType(null);
      schema.setFormat(null);
    }
    return schema;
  }

  /** The resource method an operation id names, if it still names one. */
  static Optional<Method> method(String operationId) {
    if (operationId == null || operationId.indexOf('_') < 0) {
      return Optional.empty();
    }
    int split = operationId.lastIndexOf('_');
    try {
      Class<?> type =
          Class.forName(
              operationId.substring(0, split), false, OpenApiDocument.class.getClassLoader());
      String name = operationId.substring(split + 1);
      // A JAX-RS resource names each of its methods once (POST /api/v1/stories has three, each
      // with its own name); the first public one of that name is the one.
      return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst();
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The roles a method allows, as {@link RoleCheck} enforces them; empty for anyone. */
  static Optional<List<String>> roles(Method method) {
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? Optional.empty() : Optional.of(List.of(allowed.value()));
  }

  private static List<SecurityRequirement> security(Optional<List<String>> roles) {
    List<SecurityRequirement> ways = new ArrayList<>();
    if (roles.isEmpty()) {
      // No credentials needed; given ones are checked all the same (a wrong key is a 401).
      ways.add(OASFactory.createSecurityRequirement());
      ways.add(OASFactory.createSecurityRequirement().addScheme("basic"));
      ways.add(OASFactory.createSecurityRequirement().addScheme("bearer"));
      ways.add(OASFactory.createSecurityRequirement().addScheme("session"));
      return ways;
    }
    List<String> people = roles.get().stream().filter(PEOPLE::contains).toList();
    List<String> partners = roles.get().stream().filter(PARTNERS::contains).toList();
    if (!people.isEmpty()) {
      ways.add(OASFactory.createSecurityRequirement().addScheme("basic", people));
      ways.add(OASFactory.createSecurityRequirement().addScheme("session", people));
    }
    if (!partners.isEmpty()) {
      ways.add(OASFactory.createSecurityRequirement().addScheme("bearer", partners));
    }
    return ways;
  }

  /**
   * The problems an operation may answer besides its own: any request (credentials that are wrong,
   * the sign-in throttle, the database not answering), and by what it takes (parameters, a body)
   * and needs (a role).
   */
  private static void problems(Operation operation, boolean needsRole) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Set<String> codes = new LinkedHashSet<>();
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean hasBody = operation.getRequestBody() != null;
    if (hasBody || !parameters.isEmpty()) {
      codes.add("400");
    }
    codes.add("401");
    if (needsRole) {
      codes.add("403");
    }
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
      codes.add("404");
    }
    if (hasBody) {
      codes.add("413");
      codes.add("415");
    }
    codes.add("429");
    codes.add("503");
    for (String code : codes) {
      if (!responses.hasAPIResponse(code)) {
        responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(RESPONSES + code));
      }
    }
    if (responses.getDefaultValue() == null) {
      responses.setDefaultValue(OASFactory.createAPIResponse().ref(RESPONSES + "default"));
    }
  }
}
