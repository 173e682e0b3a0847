package org.newsrelay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.wildfly.clustering.server.Group;
import org.wildfly.clustering.server.GroupMember;

/**
 * This node and the nodes it sees, as WildFly's clustering does: the members of the default JGroups
 * channel's view on a cluster node (docs/cluster.md), a group of one on a single server. Work a
 * node holds in its own memory or its own broker (the ingest queue's messages) is marked with the
 * node's name, so that the others can take it over once that node has left the view.
 */
@ApplicationScoped
public class ClusterMembers {
  static final String JNDI = "java:jboss/clustering/server/group/default";

  @Resource(lookup = JNDI)
  Group<GroupMember> group;

  /** This node's name ({@code jboss.node.name}). */
  public String self() {
    return group.getLocalMember().getName();
  }

  /** The names of the nodes in the view now, this one included. */
  public Set<String> members() {
    return group.getMembership().getMembers().stream()
        .map(GroupMember::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether other nodes may exist at all: false on a single server. */
  public boolean clustered() {
    return !group.isSingleton();
  }
}
