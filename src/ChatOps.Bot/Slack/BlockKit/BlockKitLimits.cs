namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Slack's documented size limits for the blocks and views we build
/// (<see href="https://api.slack.com/reference/block-kit/blocks">blocks</see>,
/// <see href="https://api.slack.com/reference/surfaces/views">views</see>).
/// </summary>
public static class BlockKitLimits
{
    public const int MessageText = 3000;
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int ContextText = 3000;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int ConfirmTitle = 100;
    public const int ConfirmText = 300;
    public const int ConfirmButton = 30;
    public const int ViewTitle = 24;
    public const int ViewSubmit = 24;
    public const int ViewClose = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;
    public const int InputLabel = 2000;
    public const int InputHint = 2000;
    public const int InitialValue = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int SelectOptions = 100;
}
