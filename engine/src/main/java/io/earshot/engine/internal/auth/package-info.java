/**
 * Login authentication (contract §8): the AppSign proof ({@link
 * io.earshot.engine.internal.auth.AppSignProof}) and Token04 tokens. {@link
 * io.earshot.engine.token.Token04Generator} signs tokens in the vendor's CBC or GCM layout with
 * caller-supplied time and randomness; {@link io.earshot.engine.token.Token04Verifier} checks them
 * in the order of §8.5 and never throws; {@link io.earshot.engine.token.TokenPrivileges} reads and
 * writes the privilege payload.
 */
package io.earshot.engine.internal.auth;
