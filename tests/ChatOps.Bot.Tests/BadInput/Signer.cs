using System.Net.Http.Headers;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>Adds a platform's authentication headers (or a broken version of them) to a request about to be sent.</summary>
public delegate void Signer(HttpRequestHeaders headers, byte[] body, DateTimeOffset now);
