package org.newsrelay.platform;

/** The roles of DESIGN.md. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String EDITOR = "editor";
  public static final String PARTNER = "partner";
  public static final String WIRE = "wire";

  private Roles() {}
}
