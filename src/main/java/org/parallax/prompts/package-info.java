/**
 * Discussion prompts: questions for a class, made from the tagged material (contradictions,
 * reframes, partial links, framing-term pairs, what one essay leaves out) through templates kept in
 * a resource bundle. A new kind of question is one {@link org.parallax.prompts.PromptRule} and one
 * line in {@link org.parallax.prompts.PromptRules}; a new language is one more bundle file.
 */
package org.parallax.prompts;
