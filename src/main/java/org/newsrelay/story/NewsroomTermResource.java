package org.newsrelay.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.JsonBodies;
import org.newsrelay.platform.Roles;

/** The newsroom's conversion terms: {"target", "source", "term", "note"?}; export as TSV. */
@Tag(name = "terms")
@Path("api/v1/terms")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class NewsroomTermResource {
  @Inject NewsroomTerms terms;
  @Context SecurityContext security;

  @Operation(summary = "Every newsroom term, by variant")
  @APIResponseSchema(DeskJson.Terms.class)
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    return Response.ok(DeskJson.items(terms.all().stream().map(DeskJson::term).toList()).toString())
        .build();
  }

  /** The terms in the format of translations/terms/*.tsv, one section per variant. */
  @Operation(summary = "The terms as translations/terms/*.tsv has them, one section per variant")
  @APIResponse(responseCode = "200", description = "Tab-separated: source, term, # note")
  @GET
  @Path("export.tsv")
  @Produces("text/tab-separated-values; charset=UTF-8")
  public Response export() {
    StringBuilder tsv =
        new StringBuilder("# Newsroom terms from the console: source<TAB>term<TAB># note\n");
    String target = null;
    for (NewsroomTerm term : terms.all()) {
      if (!term.target().tag().equals(target)) {
        target = term.target().tag();
        tsv.append("# ").append(target).append('\n');
      }
      tsv.append(term.source()).append('\t').append(term.term());
      if (term.note() != null) {
        tsv.append("\t# ").append(term.note().replace('\n', ' '));
      }
      tsv.append('\n');
    }
    return Response.ok(tsv.toString()).build();
  }

  @Operation(summary = "Adds a term: conversion to a variant renders source as term")
  @RequestBodySchema(TermRequest.class)
  @APIResponseSchema(DeskJson.TermShown.class)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(byte[] body) {
    TermRequest request = JsonBodies.read(body, TermRequest.class);
    NewsroomTerm term =
        terms.add(
            request.target(),
            request.source(),
            request.term(),
            request.note(),
            security.getUserPrincipal().getName());
    return Response.ok(DeskJson.term(term).toString()).build();
  }

  @Operation(summary = "Removes a term")
  @APIResponse(responseCode = "204", description = "Removed")
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") UUID id) {
    terms.delete(id);
    return Response.noContent().build();
  }

  /** {"target": tag, "source", "term", "note"?}; {@link NewsroomTerms#add} checks them. */
  record TermRequest(String target, String source, String term, String note) {}
}
