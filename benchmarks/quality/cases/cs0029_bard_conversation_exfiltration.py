"""AML.CS0029 Google Bard Conversation Exfiltration.

The victim: Google Bard, a consumer chat assistant whose Extensions let it read the
user's Google Docs, and whose web client renders the markdown (including images) that
the model returns.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "User query": kind=PROMPT ("When the user makes a query").
- Data "Conversation": kind=PROMPT ("Bard users' conversations"; the user's side of the
  chat sent to Bard).
- Data "Markdown response": kind=MODEL_OUTPUT ("causes Bard to respond with markdown for
  an image").
- Data "Google Docs": kind=DOCUMENTS ("shares a Google Doc containing the malicious
  prompt").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0029"
NAME = "Google Bard Conversation Exfiltration"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used consumer assistant with access to users' private documents.
        profile=tg.RiskProfile.HIGH,
        description="Bard chat assistant with Workspace Extensions and markdown rendering.",
    )
    query = tg.Data("User query", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    conversation = tg.Data("Conversation", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    response = tg.Data(
        "Markdown response", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    docs = tg.Data(
        "Google Docs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.DOCUMENTS
    )
    image_request = tg.Data("Image request URL", sensitivity=tg.Sensitivity.PII)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "Bard users' conversations"
        user = tm.add(tg.Actor("Bard user", role="end user"))
        # "a threat actor shares a Google Doc ... with the target user": any Google
        # account holder can share a document into a user's Drive.
        sharer = tm.add(tg.Actor("Document sharer", role="any Google account holder"))
        # "Bard can still render images for the user"; the "Content Security Policy"
        # allows image URLs on Google-owned domains such as script.google.com and
        # googleusercontent.com, where anyone can host an Apps Script.
        # DSL gap: a CSP allowlist of domains that includes content anyone can host
        # cannot be expressed; modelled as an untrusted external service that the
        # client fetches images from.
        image_hosts = tm.add(
            tg.ExternalService(
                "Google-domain image hosts",
                description="URLs on Google-owned domains allowed by Bard's CSP.",
            )
        )

    with tm.boundary("User browser", trust=tg.Trust.UNTRUSTED):
        # "Bard renders the image for the user, creating an automatic request"
        # DSL gap: that the client automatically renders markdown images from model
        # output cannot be declared as an attribute; modelled as the flow from the chat
        # client to the image hosts.
        client = tm.add(
            tg.Service("Bard web client", description="Renders Bard's markdown responses.")
        )

    with tm.boundary("Google", trust=tg.Trust.INTERNAL):
        # "Bard Extensions allow Bard to access a user's documents": Bard decides when to
        # call an extension to answer a query.
        bard = tm.add(
            tg.Agent(
                "Bard",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Chat assistant that calls Extensions to answer queries.",
            )
        )
        llm = tm.add(tg.LLM("Bard LLM", description="Google's model behind Bard."))
        # "Bard Extensions allow Bard to access a user's documents"
        extension = tm.add(tg.Tool("Workspace Extension", capabilities={tg.Capability.READ}))
        # "shares a Google Doc ... with the target user"
        drive = tm.add(tg.DataStore("User's Google Drive", stores={docs}))

    tm.flow(user, client, query)
    tm.flow(client, bard, query, conversation, protocol="https")
    tm.flow(bard, llm, conversation, docs)
    tm.flow(llm, bard, response)
    tm.flow(bard, extension, query, label="retrieve documents")
    tm.flow(drive, extension, docs)
    tm.flow(extension, bard, docs)
    tm.flow(sharer, drive, docs, label="shares a document")
    tm.flow(bard, client, response, protocol="https")
    tm.flow(client, user, response)
    tm.flow(client, image_hosts, image_request, protocol="https", label="renders markdown image")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "shares a Google Doc containing the malicious prompt with the target user"
    4: ("document-sharer->user-s-google-drive", "workspace-extension->bard"),
    # "the document being retrieved, the embedded prompt is executed"
    5: ("bard", "workspace-extension->bard"),
    # "Bard automatically renders the markdown, which sends the request"
    6: ("bard-web-client", "bard-web-client->google-domain-image-hosts"),
}
