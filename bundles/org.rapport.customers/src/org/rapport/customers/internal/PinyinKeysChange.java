package org.rapport.customers.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Changeset customers-13: gives the customers stored before it their pinyin keys, which SQL cannot
 * compute ({@link PinyinKeys}); new and renamed customers get theirs with the name. Runs inside
 * the changeset's transaction, so a database is migrated whole or not at all.
 */
public class PinyinKeysChange implements CustomTaskChange {

    private static final int BATCH = 1000;
    private int updated;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("UPDATE CUST_CUSTOMER SET PINYIN_KEY = ?, PINYIN_INITIALS = ? WHERE ID = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("SELECT ID, NAME FROM CUST_CUSTOMER")) {
                while (rows.next()) {
                    PinyinKeys.Spelling spelling = PinyinKeys.of(rows.getString(2));
                    if (spelling != null) {
                        write.setString(1, spelling.full());
                        write.setString(2, spelling.initials());
                        write.setLong(3, rows.getLong(1));
                        write.addBatch();
                        updated++;
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not store the pinyin keys of the customers' names: " + e.getMessage(), e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Pinyin keys stored for " + updated + " customers";
    }

    @Override
    public void setUp() {
        // no parameters
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
