package org.newsrelay.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resources that take stories in. A partner's push quota counts the requests JAX-RS
 * matched to these, whatever the path looked like (matrix parameters, a trailing or doubled slash,
 * percent-encoding): the path a client sends is not what decides what it did.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StoryPush {}
