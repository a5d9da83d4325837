package org.rapport.example.hello;

/** The example's texts, in the user's language, from the bundle's own Bundle-Localization files. */
public class Messages {
    public String hello_text;
    public String hello_clock;
}
