"""AML.CS0021 ChatGPT Conversation Exfiltration.

The victim: OpenAI's ChatGPT with plugins. ChatGPT calls third-party plugins such as
WebPilot (which retrieves web pages) and Expedia, and the ChatGPT web client renders
the model's Markdown answers, including images from any URL, for the user.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=prompt on "User query": "When the user makes a query that causes ChatGPT to retrieve
  the webpage".
- kind=documents on "Web page content": "The researcher included the prompt in a webpage".
- kind=tool-call on "Plugin call": "the `WebPilot` plugin making a call to the `Expedia`
  plugin".
- kind=tool-result on "Plugin result": "the prompt can cause the LLM to execute other plugins".
- kind=model-output on "Model completion" and "Markdown answer": "The prompt causes ChatGPT to
  respond with the markdown for an image".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0021"
NAME = "ChatGPT Conversation Exfiltration"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used consumer chatbot whose conversations hold personal data.
        profile=tg.RiskProfile.HIGH,
        description="ChatGPT with the WebPilot and Expedia plugins and a Markdown client.",
    )
    query = tg.Data("User query", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    conversation = tg.Data("Conversation history", sensitivity=tg.Sensitivity.PII)
    page = tg.Data(
        "Web page content", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS
    )
    plugin_call = tg.Data("Plugin call", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.TOOL_CALL)
    plugin_result = tg.Data(
        "Plugin result", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_RESULT
    )
    completion = tg.Data(
        "Model completion", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    answer = tg.Data(
        "Markdown answer", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    image_request = tg.Data("Image request", sensitivity=tg.Sensitivity.PII)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "a ChatGPT user may interact with it"
        user = tm.add(tg.Actor("ChatGPT user", role="member of the public"))
        # "a threat actor uploads a malicious prompt to a public website": WebPilot
        # retrieves whatever page a query leads to.
        websites = tm.add(
            tg.DataSource("Public websites", origin=tg.Origin.PUBLIC_WEB, provides={page})
        )
        # "ChatGPT renders the image for the user, creating a automatic request": image
        # URLs in an answer may point at any web server.
        image_hosts = tm.add(tg.ExternalService("Image hosts (any URL)"))

    with tm.boundary("User's browser", trust=tg.Trust.UNTRUSTED):
        # "ChatGPT automatically renders the image for the user"
        # DSL gap: that the client renders the model's Markdown as active content (images
        # fetched from any URL without a click) has no attribute; modelled as a client
        # service with a flow to any image host.
        client = tm.add(
            tg.Service("ChatGPT web client", description="Renders Markdown answers and images.")
        )

    with tm.boundary("OpenAI", trust=tg.Trust.INTERNAL):
        # ChatGPT decides on its own which plugins to call for a query: "the prompt can
        # cause the LLM to execute other plugins that do not match a user request".
        chatgpt = tm.add(
            tg.Agent(
                "ChatGPT",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Chat orchestration that calls plugins for the model.",
            )
        )
        llm = tm.add(tg.LLM("ChatGPT model"))
        history = tm.add(tg.DataStore("Conversation store", stores={conversation}))

    with tm.boundary("Plugin providers", trust=tg.Trust.PARTNER):
        # "ChatGPT to retrieve the webpage using its `WebPilot` plugin"
        webpilot = tm.add(
            tg.Tool(
                "WebPilot plugin",
                origin=tg.ToolOrigin.THIRD_PARTY,
                capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            )
        )
        # "the `WebPilot` plugin making a call to the `Expedia` plugin"
        expedia = tm.add(
            tg.Tool(
                "Expedia plugin",
                origin=tg.ToolOrigin.THIRD_PARTY,
                capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            )
        )

    tm.flow(user, client, query)
    tm.flow(client, chatgpt, query, protocol="https")
    tm.flow(chatgpt, history, conversation)
    tm.flow(history, chatgpt, conversation)
    tm.flow(chatgpt, llm, conversation, plugin_result)
    tm.flow(llm, chatgpt, completion)
    tm.flow(chatgpt, webpilot, plugin_call, protocol="https")
    tm.flow(websites, webpilot, page, protocol="https")
    tm.flow(webpilot, chatgpt, page, protocol="https")
    tm.flow(chatgpt, expedia, plugin_call, protocol="https")
    tm.flow(expedia, chatgpt, plugin_result, protocol="https")
    tm.flow(chatgpt, client, answer, protocol="https")
    tm.flow(client, user, answer)
    tm.flow(client, image_hosts, image_request, protocol="https", label="fetch Markdown images")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "causes ChatGPT to retrieve the webpage using its `WebPilot` plugin"
    3: ("public-websites->webpilot-plugin", "webpilot-plugin->chatgpt"),
    # "The prompt injection is executed, causing ChatGPT to include a Markdown element"
    4: ("chatgpt-model", "webpilot-plugin->chatgpt", "chatgpt"),
    # "automatically renders the image ... exfiltrating the user's conversation"
    5: ("chatgpt-web-client", "chatgpt-web-client->image-hosts-any-url"),
    # "execute other plugins that do not match a user request"
    6: ("expedia-plugin", "chatgpt->expedia-plugin"),
}
