import"./oacc-main-CT28TJiQ.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
