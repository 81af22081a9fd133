import"./oacc-main-D6mKchhb.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
