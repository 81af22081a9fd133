// Loaded with the first automation or script a model drafts in a conversation shown.
import { OaccAutomationDraft } from '../ui/automation-draft';
import { TAGS } from '../const';
import { define } from '../define';

define([[TAGS.automationDraft, OaccAutomationDraft]]);
