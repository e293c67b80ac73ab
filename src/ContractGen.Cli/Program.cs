namespace ContractGen.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("contractgen: commands are being wired up");
        return 3;
    }
}
