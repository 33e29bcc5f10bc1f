package dev.floe.examples.polaris;

import java.util.ArrayList;
import java.util.List;

import javax.security.sasl.SaslException;

import org.apache.hive.service.rpc.thrift.TCLIService;
import org.apache.hive.service.rpc.thrift.TCloseOperationReq;
import org.apache.hive.service.rpc.thrift.TCloseSessionReq;
import org.apache.hive.service.rpc.thrift.TColumn;
import org.apache.hive.service.rpc.thrift.TExecuteStatementReq;
import org.apache.hive.service.rpc.thrift.TExecuteStatementResp;
import org.apache.hive.service.rpc.thrift.TFetchOrientation;
import org.apache.hive.service.rpc.thrift.TFetchResultsReq;
import org.apache.hive.service.rpc.thrift.TFetchResultsResp;
import org.apache.hive.service.rpc.thrift.TOpenSessionReq;
import org.apache.hive.service.rpc.thrift.TOpenSessionResp;
import org.apache.hive.service.rpc.thrift.TProtocolVersion;
import org.apache.hive.service.rpc.thrift.TSessionHandle;
import org.apache.hive.service.rpc.thrift.TStatus;
import org.apache.hive.service.rpc.thrift.TStatusCode;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.transport.TSaslClientTransport;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;

/**
 * SQL on Spark's Thrift server through HiveServer2's own Thrift API (what Hive's JDBC driver and
 * beeline speak): a SASL PLAIN session, one statement, its rows as strings.
 */
public final class SparkThriftSql implements AutoCloseable {

    private final TTransport transport;
    private final TCLIService.Client client;
    private final TSessionHandle session;

    /** Opens a session as {@code user}. */
    public SparkThriftSql(String host, int port, String user) throws TException, SaslException {
        TSocket socket = new TSocket(host, port, 120_000);
        transport = new TSaslClientTransport("PLAIN", null, null, null, java.util.Map.of(),
                callbacks -> {
                    for (var callback : callbacks) {
                        if (callback instanceof javax.security.auth.callback.NameCallback name) {
                            name.setName(user);
                        }
                        else if (callback instanceof javax.security.auth.callback.PasswordCallback password) {
                            password.setPassword("floe".toCharArray());
                        }
                    }
                }, socket);
        transport.open();
        client = new TCLIService.Client(new TBinaryProtocol(transport));
        TOpenSessionReq open = new TOpenSessionReq(TProtocolVersion.HIVE_CLI_SERVICE_PROTOCOL_V8);
        open.setUsername(user);
        TOpenSessionResp opened = client.OpenSession(open);
        check(opened.getStatus(), "OpenSession");
        session = opened.getSessionHandle();
    }

    /** Runs {@code sql} and returns its rows, each column as text ({@code null} stays null). */
    public List<List<String>> query(String sql) throws TException {
        TExecuteStatementResp executed = client.ExecuteStatement(new TExecuteStatementReq(session, sql));
        check(executed.getStatus(), sql);
        List<List<String>> rows = new ArrayList<>();
        try {
            while (true) {
                TFetchResultsResp fetched = client.FetchResults(new TFetchResultsReq(executed.getOperationHandle(),
                        TFetchOrientation.FETCH_NEXT, 1000));
                check(fetched.getStatus(), "FetchResults of " + sql);
                List<TColumn> columns = fetched.getResults().getColumns();
                int count = columns == null || columns.isEmpty() ? 0 : size(columns.get(0));
                for (int r = 0; r < count; r++) {
                    List<String> row = new ArrayList<>();
                    for (TColumn column : columns) {
                        row.add(value(column, r));
                    }
                    rows.add(row);
                }
                if (count == 0 || !fetched.isHasMoreRows() && count < 1000) {
                    return rows;
                }
            }
        }
        finally {
            client.CloseOperation(new TCloseOperationReq(executed.getOperationHandle()));
        }
    }

    private static int size(TColumn column) {
        return switch (column.getSetField()) {
            case BOOL_VAL -> column.getBoolVal().getValuesSize();
            case BYTE_VAL -> column.getByteVal().getValuesSize();
            case I16_VAL -> column.getI16Val().getValuesSize();
            case I32_VAL -> column.getI32Val().getValuesSize();
            case I64_VAL -> column.getI64Val().getValuesSize();
            case DOUBLE_VAL -> column.getDoubleVal().getValuesSize();
            case STRING_VAL -> column.getStringVal().getValuesSize();
            case BINARY_VAL -> column.getBinaryVal().getValuesSize();
        };
    }

    private static String value(TColumn column, int row) {
        return switch (column.getSetField()) {
            case BOOL_VAL -> isNull(column.getBoolVal().getNulls(), row) ? null : String.valueOf(column.getBoolVal().getValues().get(row));
            case I32_VAL -> isNull(column.getI32Val().getNulls(), row) ? null : String.valueOf(column.getI32Val().getValues().get(row));
            case I64_VAL -> isNull(column.getI64Val().getNulls(), row) ? null : String.valueOf(column.getI64Val().getValues().get(row));
            case DOUBLE_VAL -> isNull(column.getDoubleVal().getNulls(), row) ? null
                    : String.valueOf(column.getDoubleVal().getValues().get(row));
            case STRING_VAL -> isNull(column.getStringVal().getNulls(), row) ? null : column.getStringVal().getValues().get(row);
            default -> String.valueOf(column.getFieldValue());
        };
    }

    /** Thrift's null bitmap: bit {@code row % 8} of byte {@code row / 8}. */
    private static boolean isNull(byte[] nulls, int row) {
        return nulls != null && row / 8 < nulls.length && (nulls[row / 8] & (1 << (row % 8))) != 0;
    }

    private static void check(TStatus status, String what) {
        if (status.getStatusCode() != TStatusCode.SUCCESS_STATUS && status.getStatusCode() != TStatusCode.SUCCESS_WITH_INFO_STATUS) {
            throw new IllegalStateException("Spark's Thrift server refused " + what + ": " + status.getStatusCode() + " "
                    + status.getErrorMessage());
        }
    }

    @Override
    public void close() throws TException {
        try {
            client.CloseSession(new TCloseSessionReq(session));
        }
        finally {
            transport.close();
        }
    }
}
