using System.Buffers;
using System.Text;

namespace TimeTracking.WebApi.Listing;

/// <summary>
/// The little of RFC 4180 a writer needs, written here rather than taken from a CSV package: a cell holding a comma,
/// a double quote, CR or LF is enclosed in double quotes, with each double quote doubled. The tests read what this
/// writes with Sep, an independent parser.
/// </summary>
internal static class Rfc4180
{
    private static readonly SearchValues<char> NeedQuoting = SearchValues.Create(",\"\r\n");

    // What spreadsheets take as the start of a formula (OWASP's list), and the apostrophe that marks text.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r'");

    public static void AppendCell(StringBuilder row, string value)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(NeedQuoting) < 0)
        {
            row.Append(value);
            return;
        }

        row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>
    /// Guards against CSV formula injection: text a user typed that starts with <c>= + - @</c>, TAB or CR gets a
    /// leading apostrophe, which spreadsheets show as text instead of running it. Text that already starts with an
    /// apostrophe gets one too, so the rule can be undone exactly: drop the first character of a cell that starts
    /// with an apostrophe.
    /// </summary>
    public static string NeutralizeFormula(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
    }
}
