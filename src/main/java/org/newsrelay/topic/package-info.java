/** Topics: what editors curate, their rules in any script, and the stories each one holds. */
package org.newsrelay.topic;
