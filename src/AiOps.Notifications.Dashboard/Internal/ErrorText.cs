namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The text of an engine refusal as a user should read it.</summary>
internal static class ErrorText
{
    /// <summary>Gets the message without the <c>(Parameter 'name')</c> the runtime adds to argument errors.</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
        }

        return message;
    }
}
