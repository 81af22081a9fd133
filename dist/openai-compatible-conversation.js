import"./oacc-main-BUoPNSYU.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
