package org.newsrelay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * People and tools that sign in, managed by admins: usernames, roles, and passwords kept only as
 * PBKDF2 hashes (Jakarta Security's Pbkdf2PasswordHash, WildFly Elytron's implementation).
 */
@ApplicationScoped
@Transactional
public class UserAccounts {
  static final int MIN_PASSWORD = 12;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
  private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.WIRE);

  @PersistenceContext EntityManager em;
  @Inject UserStore store;
  @Inject Event<PasswordChanged> passwordChanged;

  public List<User> all() {
    return em.createQuery("select u from User u order by u.username", User.class).getResultList();
  }

  public User find(String username) {
    User user = username == null ? null : em.find(User.class, username);
    if (user == null) {
      throw new NotFound("There is no user \"" + username + "\".");
    }
    return user;
  }

  public User create(String username, String password, Set<String> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidInput(
          "\"username\" is 2 to 100 lower-case letters, digits, dots, hyphens or underscores.");
    }
    if (em.find(User.class, username) != null) {
      throw new Conflict("There is already a user \"" + username + "\".");
    }
    User user = new User(username, store.hash(checkedPassword(password)), checkedRoles(roles));
    em.persist(user);
    return user;
  }

  /** Changes the password or the roles (null leaves it); the last admin keeps the admin role. */
  public User update(String username, String password, Set<String> roles) {
    User user = find(username);
    if (roles != null) {
      Set<String> checked = checkedRoles(roles);
      if (!checked.contains(Roles.ADMIN)) {
        keepAnAdmin(user);
      }
      em.createQuery("update User u set u.roles = :roles where u.username = :name")
          .setParameter("roles", String.join(",", checked))
          .setParameter("name", username)
          .executeUpdate();
    }
    if (password != null) {
      em.createQuery("update User u set u.passwordHash = :hash where u.username = :name")
          .setParameter("hash", store.hash(checkedPassword(password)))
          .setParameter("name", username)
          .executeUpdate();
      passwordChanged.fire(new PasswordChanged(username));
    }
    store.forgetRecentLogins();
    em.refresh(user);
    return user;
  }

  public void delete(String username) {
    User user = find(username);
    keepAnAdmin(user);
    em.remove(user);
    passwordChanged.fire(new PasswordChanged(username));
    store.forgetRecentLogins();
  }

  private void keepAnAdmin(User user) {
    if (!user.roles().contains(Roles.ADMIN)) {
      return;
    }
    long admins = all().stream().filter(u -> u.roles().contains(Roles.ADMIN)).count();
    if (admins <= 1) {
      throw new Conflict("\"" + user.username() + "\" is the last admin; make another first.");
    }
  }

  private static char[] checkedPassword(String password) {
    passwordProblem(password)
        .ifPresent(
            p -> {
              throw new InvalidInput(p);
            });
    return password.toCharArray();
  }

  /** What is wrong with a password, if anything: the one rule for users and the first admin. */
  static Optional<String> passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
      return Optional.of("A password has " + MIN_PASSWORD + " to 200 characters.");
    }
    return Optional.empty();
  }

  private static Set<String> checkedRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
      throw new InvalidInput("\"roles\" are some of " + new TreeSet<>(ROLES) + ".");
    }
    return new TreeSet<>(roles);
  }
}
