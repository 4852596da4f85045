"""AML.CS0020 Indirect Prompt Injection Threats: Bing Chat Data Pirate.

The victim: Microsoft's Bing Chat, an LLM chatbot in the Edge browser that, when the
user allows it, reads the websites currently open in the browser and answers the user
with that content in its context.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=documents on "Web page content": "plant an injection in a website the user is visiting".
- kind=prompt on "Chat message": "interact with Bing Chat while the website is opened".
- kind=prompt on "Prompt with page content": "The website includes a prompt which is read by
  Bing"; "These prompts are ingested by the model".
- kind=model-output on "LLM completion" and "Chat reply with links": "directs Bing Chat to
  change its conversational style ... encourage the user to click on a link".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0020"
NAME = "Indirect Prompt Injection Threats: Bing Chat Data Pirate"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used consumer chatbot that talks with the public about anything.
        profile=tg.RiskProfile.HIGH,
        description="Bing Chat in Edge, with access to the open web page.",
    )
    page = tg.Data(
        "Web page content", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS
    )
    message = tg.Data("Chat message", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    prompt = tg.Data(
        "Prompt with page content", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT
    )
    completion = tg.Data(
        "LLM completion", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    reply = tg.Data(
        "Chat reply with links", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "a website the user is visiting ... (could also be on a social media site)"
        websites = tm.add(tg.DataSource("Websites", origin=tg.Origin.PUBLIC_WEB, provides={page}))
        # "Whenever interacting with Microsoft's new Bing Chat LLM Chatbot, a user ..."
        user = tm.add(tg.Actor("Bing Chat user", role="member of the public"))

    with tm.boundary("User's device", trust=tg.Trust.UNTRUSTED):
        # "a user opened a prepared malicious website ... in Edge"
        edge = tm.add(
            tg.Service(
                "Edge browser",
                description="Shows web pages and hosts the Bing Chat sidebar.",
            )
        )

    with tm.boundary("Microsoft Bing", trust=tg.Trust.INTERNAL):
        # "a user can allow Bing Chat permission to view and access currently open
        # websites throughout the chat session"
        chat = tm.add(
            tg.Endpoint(
                "Bing Chat service",
                purpose=tg.EndpointPurpose.API,
                description="Builds the prompt from the chat and the open page.",
            )
        )
        # "Microsoft's new Bing Chat LLM Chatbot"
        llm = tm.add(tg.LLM("Bing Chat LLM"))

    tm.flow(websites, edge, page, protocol="https", label="open web page")
    tm.flow(user, edge, message)
    # DSL gap: the user's per-session permission for Bing Chat to read the open page
    # cannot be said (neither a control nor a flow attribute expresses an opt-in);
    # modelled as a label on the flow that carries the page.
    tm.flow(edge, chat, message, page, protocol="https", label="chat and open page (if allowed)")
    tm.flow(chat, llm, prompt)
    tm.flow(llm, chat, completion)
    tm.flow(chat, edge, reply, protocol="https")
    tm.flow(edge, user, reply)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "obfuscated by setting the font size to 0, making it harder to detect by a human"
    2: ("websites->edge-browser", "edge-browser->bing-chat-service"),
    # "If the user has the adversary's website open, the malicious prompt will be executed"
    3: ("bing-chat-llm", "edge-browser->bing-chat-service", "bing-chat-service->bing-chat-llm"),
    # "subtly convince the user to provide PII ... click on a link that has the user's PII"
    4: ("bing-chat-llm", "bing-chat-service->edge-browser", "edge-browser->bing-chat-user"),
}
