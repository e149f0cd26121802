package org.armswatch.cli;

/** Entry point of the armswatch command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("armswatch");
    }
}
