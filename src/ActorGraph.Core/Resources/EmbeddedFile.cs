using System.Reflection;

namespace ActorGraph.Core.Resources;

/// <summary>
/// A data file built into an assembly (reference data, lexicons, migrations, Cypher, pages). A missing one means a
/// broken build, so it is an error that names the file and the assembly, never an empty answer.
/// </summary>
public static class EmbeddedFile
{
    public static Stream Open(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in {assembly.GetName().Name}: the build is missing a data file.");
    }

    public static string ReadText(Assembly assembly, string resourceName)
    {
        using var reader = new StreamReader(Open(assembly, resourceName));
        return reader.ReadToEnd();
    }

    public static byte[] ReadBytes(Assembly assembly, string resourceName)
    {
        using var stream = Open(assembly, resourceName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
