import"./oacc-main-2eYbPN_-.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
