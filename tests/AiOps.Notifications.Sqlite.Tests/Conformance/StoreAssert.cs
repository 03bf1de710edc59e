namespace AiOps.Notifications.Storage.Conformance;

/// <summary>Compares records field by field, including the contents of their dictionaries and lists.</summary>
internal static class StoreAssert
{
    public static void Equal(Incident expected, Incident? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.Annotations, actual.Annotations);
        Equal(expected.Diagnosis, actual.Diagnosis);

        // A priority left unset follows the level; a store may hand it back set. Compare the values.
        Assert.Equal(
            expected with { Priority = expected.Priority },
            actual with
            {
                Labels = expected.Labels,
                Annotations = expected.Annotations,
                Diagnosis = expected.Diagnosis,
                Priority = actual.Priority,
            });
    }

    public static void Equal(Diagnosis? expected, Diagnosis? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.SolutionSteps, actual.SolutionSteps);
        Assert.Equal(expected, actual with { SolutionSteps = expected.SolutionSteps });
    }

    public static void Equal(Notification expected, Notification? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.Data, actual.Data);
        Assert.Equal(expected, actual with { Labels = expected.Labels, Data = expected.Data });
    }
}
