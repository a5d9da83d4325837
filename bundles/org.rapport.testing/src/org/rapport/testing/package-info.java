/**
 * Shared support for Rapport's test fragments: waiting for DS services and real test databases
 * (embedded Derby in a temporary folder, a Derby network server on loopback, the PostgreSQL server
 * that {@code ./test} prepares). Never part of a product feature.
 */
package org.rapport.testing;
