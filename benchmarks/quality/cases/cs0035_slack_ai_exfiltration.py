"""AML.CS0035 Data Exfiltration from Slack AI via Indirect Prompt Injection.

The victim: Slack AI, a retrieval-augmented assistant inside a Slack workspace that
indexes messages from public channels (and the asking user's private channels) and
answers members' questions with an LLM, the answer rendered in the Slack client.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Public channel messages": kind=DOCUMENTS ("sends the malicious content ... as a
  message in that channel").
- Data "Private channel messages": kind=DOCUMENTS ("information stored in private Slack
  messages").
- Data "Indexed messages": kind=DOCUMENTS ("Slack AI indexes messages in public
  channels").
- Data "Slack AI question": kind=PROMPT ("a victim user querying Slack AI").
- Data "Prompt with retrieved messages": kind=PROMPT ("causing the prompt to be
  retrieved and executed").
- Data "Slack AI answer": kind=MODEL_OUTPUT ("The response is rendered as a clickable
  link").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0035"
NAME = "Data Exfiltration from Slack AI via Indirect Prompt Injection"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used workplace service holding private messages and secrets.
        profile=tg.RiskProfile.HIGH,
        description="Slack AI answering workspace members' questions from channel messages.",
    )
    public_msg = tg.Data(
        "Public channel messages", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.DOCUMENTS
    )
    private_msg = tg.Data(
        "Private channel messages",
        sensitivity=tg.Sensitivity.SECRET,
        description="Private messages, such as the victim's stored API key.",
        kind=tg.DataKind.DOCUMENTS,
    )
    chunks = tg.Data(
        "Indexed messages", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.DOCUMENTS
    )
    question = tg.Data(
        "Slack AI question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    prompt = tg.Data(
        "Prompt with retrieved messages", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.PROMPT
    )
    answer = tg.Data(
        "Slack AI answer", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.MODEL_OUTPUT
    )
    link = tg.Data("Link request", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Workspace members", trust=tg.Trust.UNTRUSTED):
        # "a valid, non-admin user account within the Slack workspace": any member can
        # create a public channel and post in it; members sign in.
        member = tm.add(
            tg.Actor(
                "Workspace member",
                role="non-admin member",
                controls={c.Authentication(note="Slack workspace account")},
            )
        )
        # "the victim asks Slack AI to find their 'EldritchNexus API key'"
        victim = tm.add(
            tg.Actor(
                "Slack AI user",
                role="member",
                controls={c.Authentication(note="Slack workspace account")},
            )
        )
        # "The response is rendered as a clickable link"
        client = tm.add(tg.Service("Slack client", description="Renders messages and answers."))

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "[click here to reauthenticate](https://...)": links in answers open any site.
        web = tm.add(tg.ExternalService("Linked websites", description="Any URL in a message."))

    with tm.boundary("Slack", trust=tg.Trust.INTERNAL):
        messaging = tm.add(tg.Service("Slack messaging service"))
        # "sends the malicious content ... as a message in that channel"
        public_store = tm.add(tg.DataStore("Public channel messages", stores={public_msg}))
        # "a victim's API key which was stored in a private Slack channel"
        private_store = tm.add(tg.DataStore("Private channel messages", stores={private_msg}))
        # "Since Slack AI indexes messages in public channels, the malicious message is
        # added to its RAG database"
        indexer = tm.add(tg.Pipeline("Slack AI indexing", stage=tg.Stage.INGESTION))
        index = tm.add(tg.VectorStore("Slack AI RAG database", stores={chunks}))
        # "Because Slack AI has access to the victim user's private channels"; retrieval
        # covers what the asking user can read (not declared as a control: the case does
        # not describe how access is enforced).
        slack_ai = tm.add(
            tg.Service(
                "Slack AI",
                description="Retrieves messages for a question and asks the LLM to answer.",
            )
        )
        # The case does not say who provides the model.
        llm = tm.add(tg.LLM("Slack AI LLM"))

    tm.flow(member, client, public_msg)
    tm.flow(victim, client, question, private_msg)
    tm.flow(client, messaging, public_msg, private_msg, protocol="https")
    tm.flow(messaging, public_store, public_msg)
    tm.flow(messaging, private_store, private_msg)
    tm.flow(public_store, indexer, public_msg)
    tm.flow(private_store, indexer, private_msg)
    tm.flow(indexer, index, chunks)
    tm.flow(client, slack_ai, question, protocol="https")
    tm.flow(index, slack_ai, chunks, label="retrieved messages")
    tm.flow(slack_ai, llm, prompt)
    tm.flow(llm, slack_ai, answer)
    tm.flow(slack_ai, client, answer, protocol="https")
    tm.flow(client, victim, answer)
    tm.flow(client, web, link, protocol="https", label="user clicks a link")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "created a valid, non-admin user account within the Slack workspace"
    3: ("workspace-member", "workspace-member->slack-client"),
    # "Since Slack AI indexes messages in public channels ... added to its RAG database"
    5: ("slack-ai-rag-database", "public-channel-messages->slack-ai-indexing"),
    # "Slack AI retrieves the malicious content and executes the instructions"
    6: ("slack-ai", "slack-ai-rag-database->slack-ai"),
    # "Slack AI has access to the victim user's private channels"
    7: ("private-channel-messages", "slack-ai-rag-database->slack-ai"),
    # "rendered as a clickable link with the victim's API key encoded in the URL"
    8: ("slack-client", "slack-client->linked-websites"),
}
