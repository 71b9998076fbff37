package io.earshot.features.vocabulary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a step definition's parameter is, so that the sentence checker can validate the value before
 * a scenario runs and {@code earshot steps} can describe it. Every parameter of every step
 * definition carries one (the {@link StepCatalog} refuses a definition without).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {
  ParamKind value();
}
